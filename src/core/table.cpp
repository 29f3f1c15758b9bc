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

}  // namespace

Result<RegionTable> join_tables(const std::vector<RegionTable>& tables) {
  if (tables.empty()) return fail("no input tables for the period");
  RegionTable joined = tables.front();
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
  }
  return joined;
}

}  // namespace itzones
