#include "itzones/table.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace itzones {

std::optional<std::size_t> RegionTable::find(const std::string& region_id) const {
  const auto it = std::find_if(regions.begin(), regions.end(),
                               [&](const Region& r) { return r.id == region_id; });
  if (it == regions.end()) return std::nullopt;
  return static_cast<std::size_t>(it - regions.begin());
}

const std::vector<Cell>* RegionTable::column(const std::string& name) const {
  const auto it = columns.find(name);
  return it == columns.end() ? nullptr : &it->second;
}

namespace {

std::string describe(const std::optional<double>& v) {
  return v ? fmt::format("{}", *v) : std::string("missing");
}

// The file a table was read from, for messages about absent rows.
std::string file_of(const RegionTable& table) {
  return table.rows.empty() ? std::string("<table>") : table.rows.front().file;
}

// Where region i's row was read; a table built in memory may carry no row locations.
Location row_of(const RegionTable& table, std::size_t i) {
  return i < table.rows.size() ? table.rows[i] : Location{file_of(table), 0};
}

// The Region member a name column fills.
std::string Region::*name_member(const std::string& column) {
  return column == "region_en" ? &Region::name_en : &Region::name;
}

// Takes `next`'s name columns into `joined`, or checks them against the table that first
// printed them (`source`: column -> its table). `tables[t]` is `next`.
Result<void> join_names(RegionTable& joined, const std::vector<RegionTable>& tables, std::size_t t,
                        std::map<std::string, std::size_t>& source) {
  const RegionTable& next = tables[t];
  for (const std::string& column : next.name_columns) {
    const auto member = name_member(column);
    const auto first = source.find(column);
    if (first == source.end()) {
      for (std::size_t i = 0; i < next.regions.size(); ++i) {
        joined.regions[*joined.find(next.regions[i].id)].*member = next.regions[i].*member;
      }
      joined.name_columns.insert(column);
      source.emplace(column, t);
      continue;
    }
    const RegionTable& earlier = tables[first->second];
    for (std::size_t i = 0; i < next.regions.size(); ++i) {
      const std::size_t e = *earlier.find(next.regions[i].id);
      const std::string& a = next.regions[i].*member;
      const std::string& b = earlier.regions[e].*member;
      if (a == b) continue;
      const Location here = row_of(next, i);
      const Location there = row_of(earlier, e);
      return fail(Diagnostic{here.file, here.line, column,
                             fmt::format("\"{}\" for region \"{}\" disagrees with \"{}\" in {}:{}", a,
                                         next.regions[i].id, b, there.file, there.line)});
    }
  }
  return {};
}

}  // namespace

Result<RegionTable> join_tables(const std::vector<RegionTable>& tables) {
  if (tables.empty()) return fail("no input tables for the period");
  RegionTable joined = tables.front();
  std::map<std::string, std::size_t> name_source;  // name column -> the table that first printed it
  for (const std::string& column : joined.name_columns) name_source.emplace(column, 0);
  for (std::size_t t = 1; t < tables.size(); ++t) {
    const RegionTable& next = tables[t];
    for (std::size_t i = 0; i < next.regions.size(); ++i) {
      if (!joined.find(next.regions[i].id)) {
        const Location where = row_of(next, i);
        return fail(Diagnostic{where.file, where.line, "region_id",
                               fmt::format("region \"{}\" is not in {}", next.regions[i].id,
                                           file_of(joined))});
      }
    }
    for (std::size_t i = 0; i < joined.regions.size(); ++i) {
      if (!next.find(joined.regions[i].id)) {
        const Location where = row_of(joined, i);
        return fail(Diagnostic{where.file, where.line, "region_id",
                               fmt::format("region \"{}\" is not in {}", joined.regions[i].id,
                                           file_of(next))});
      }
    }
    for (const auto& [name, cells] : next.columns) {
      std::vector<Cell> aligned(joined.regions.size());
      for (std::size_t i = 0; i < next.regions.size(); ++i) {
        aligned[*joined.find(next.regions[i].id)] = cells[i];
      }
      const auto existing = joined.columns.find(name);
      if (existing == joined.columns.end()) {
        joined.columns.emplace(name, std::move(aligned));
        continue;
      }
      for (std::size_t i = 0; i < aligned.size(); ++i) {
        if (existing->second[i].value != aligned[i].value) {
          return fail(Diagnostic{
              aligned[i].where.file, aligned[i].where.line, name,
              fmt::format("{} for region \"{}\" disagrees with {} in {}:{}",
                          describe(aligned[i].value), joined.regions[i].id,
                          describe(existing->second[i].value), existing->second[i].where.file,
                          existing->second[i].where.line)});
        }
      }
    }
    if (auto names = join_names(joined, tables, t, name_source); !names) return fail(names.error());
  }
  return joined;
}

}  // namespace itzones
