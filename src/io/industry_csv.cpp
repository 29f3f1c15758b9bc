#include "industry_csv.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "files.hpp"

namespace itzones::io {
namespace {

// Cells of one period as they come, then laid out densely.
struct Builder {
  std::vector<Region> regions;
  std::map<std::string, std::size_t> region_index;
  std::vector<std::string> industries;
  std::map<std::string, std::size_t> industry_index;
  std::map<std::pair<std::size_t, std::size_t>, Cell> cells;

  std::size_t region(const Region& r) {
    const auto [it, added] = region_index.emplace(r.id, regions.size());
    if (added) regions.push_back(r);
    return it->second;
  }
  std::size_t industry(const std::string& k) {
    const auto [it, added] = industry_index.emplace(k, industries.size());
    if (added) industries.push_back(k);
    return it->second;
  }
  IndustryTable table(const std::string& period, Coverage coverage, const std::string& source,
                      const std::string& value_column) const {
    IndustryTable t{period, coverage, source, value_column, regions, industries, {}, {}};
    for (std::size_t r = 0; r < regions.size(); ++r) {
      std::vector<Cell>& row = t.cells.emplace_back(industries.size(), Cell{std::nullopt, 0, {source, 0}});
      for (std::size_t k = 0; k < industries.size(); ++k) {
        if (const auto c = cells.find({r, k}); c != cells.end()) row[k] = c->second;
      }
    }
    return t;
  }
};

enum class Layout { long_form, target, wide };

// The columns of the layout, found in the header.
struct Columns {
  Layout layout = Layout::wide;
  std::size_t region_id = 0;
  std::optional<std::size_t> region;
  std::optional<std::size_t> region_en;
  std::optional<std::size_t> industry;
  std::optional<std::size_t> year;
  std::size_t value = 0;                                     // long, target
  std::vector<std::pair<std::string, std::size_t>> wide;  // industry, field
};

Result<Columns> find_columns(const CsvHeader& header, const std::string& file, const IndustryCsvOptions& options) {
  const auto& names = header.names;
  const auto required = [&](const std::string& name) -> Result<std::size_t> {
    if (const auto c = column_index(names, name)) return *c;
    return fail(Diagnostic{file, 1, {},
                           fmt::format("no \"{}\" column in the header (read with separator {})", name,
                                       separator_name(header.separator))});
  };
  Columns c;
  auto id = required("region_id");
  if (!id) return fail(id.error());
  c.region_id = *id;
  c.region = column_index(names, "region");
  c.region_en = column_index(names, "region_en");
  c.industry = column_index(names, "industry");
  if (c.industry) {
    c.layout = Layout::long_form;
    c.year = column_index(names, "year");
    auto value = required("value");
    if (!value) return fail(value.error());
    c.value = *value;
    return c;
  }
  const std::string column = options.column.empty() ? "it_output" : options.column;
  if (!options.column.empty() || column_index(names, column)) {
    auto value = required(column);
    if (!value) return fail(value.error());
    c.layout = Layout::target;
    c.value = *value;
    return c;
  }
  for (std::size_t f = 0; f < names.size(); ++f) {
    if (f == c.region_id || f == c.region || f == c.region_en) continue;
    if (names[f].empty()) return fail(Diagnostic{file, 1, {}, fmt::format("column {} has no name", f + 1)});
    for (const auto& [seen, field] : c.wide) {
      if (seen == names[f]) return fail(Diagnostic{file, 1, names[f], "column appears twice in the header"});
    }
    c.wide.emplace_back(names[f], f);
  }
  if (c.wide.empty()) {
    return fail(Diagnostic{file, 1, {},
                           "no industry columns: expected `industry` and `value` (long layout), "
                           "`it_output` (target-only) or one column per industry (wide)"});
  }
  return c;
}

Result<Cell> read_cell(const std::string& text, const std::string& file, std::size_t line,
                       const std::string& column, const TableOptions& options) {
  auto parsed = parse_number(text, options.conventions);
  if (!parsed) return fail(Diagnostic{file, line, column, parsed.error().message});
  return Cell{parsed->value, parsed->decimals, {file, line}};
}

// "year 2014" or "" for a file without years.
std::string key_text(const std::string& year) { return year.empty() ? "" : ", year " + year; }

bool whole_number(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Real data changes between years (regions split, industry breakdowns refined), so a region or
// industry absent from a whole year is not an error; each table says what it lacks.
void note_absent(std::vector<IndustryTable>& tables) {
  std::set<std::string> all_regions;  // sorted, for the lists in the notes
  std::set<std::string> all_industries;
  for (const IndustryTable& t : tables) {
    for (const Region& r : t.regions) all_regions.insert(r.id);
    all_industries.insert(t.industries.begin(), t.industries.end());
  }
  for (IndustryTable& t : tables) {
    const auto note = [&](const std::vector<std::string>& names, const char* one, const char* many) {
      if (names.empty()) return;
      t.notes.push_back(fmt::format("{} absent from this year but present in other years of the file: {}",
                                    counted(names.size(), one, many), name_list(names)));
    };
    std::vector<std::string> regions;
    for (const std::string& id : all_regions) {
      const auto here = [&](const Region& r) { return r.id == id; };
      if (std::none_of(t.regions.begin(), t.regions.end(), here)) regions.push_back(id);
    }
    std::vector<std::string> industries;
    for (const std::string& k : all_industries) {
      if (std::find(t.industries.begin(), t.industries.end(), k) == t.industries.end()) industries.push_back(k);
    }
    note(regions, "region", "regions");
    note(industries, "industry", "industries");
  }
}

}  // namespace

Result<std::vector<IndustryTable>> parse_industry_csv(std::string_view text, const std::string& file,
                                                      const IndustryCsvOptions& options) {
  std::optional<Columns> cols;
  std::map<std::string, Builder> periods;  // by year ("" without years)
  const auto on_line = [&](const CsvHeader& header, std::size_t line,
                           std::vector<std::string>& fields) -> Result<void> {
    if (!cols) {
      auto found = find_columns(header, file, options);
      if (!found) return fail(found.error());
      cols = std::move(*found);
    }
    Region region{fields[cols->region_id], cols->region ? fields[*cols->region] : "",
                  cols->region_en ? fields[*cols->region_en] : ""};
    if (region.id.empty()) return fail(Diagnostic{file, line, "region_id", "empty region_id"});
    if (region.name.empty()) region.name = region.id;
    const std::string year = cols->year ? fields[*cols->year] : "";
    if (cols->year && year.empty()) return fail(Diagnostic{file, line, "year", "empty year"});
    if (cols->year && !whole_number(year)) {
      return fail(Diagnostic{file, line, "year", fmt::format("expected a whole-number year, got \"{}\"", year)});
    }
    Builder& b = periods[year];
    const bool new_region = !b.region_index.contains(region.id);
    const std::size_t r = b.region(region);
    if (cols->layout != Layout::long_form && !new_region) {
      return fail(Diagnostic{file, line, "region_id",
                             fmt::format("duplicate region \"{}\" (first at line {})", region.id,
                                         b.cells.at({r, 0}).where.line)});
    }
    std::vector<std::pair<std::string, std::size_t>> values = cols->wide;  // industry, field
    if (cols->layout == Layout::long_form) {
      if (fields[*cols->industry].empty()) return fail(Diagnostic{file, line, "industry", "empty industry"});
      values = {{fields[*cols->industry], cols->value}};
    } else if (cols->layout == Layout::target) {
      values = {{options.industry, cols->value}};
    }
    for (const auto& [industry, field] : values) {
      const std::size_t k = b.industry(industry);
      if (const auto seen = b.cells.find({r, k}); seen != b.cells.end()) {
        return fail(Diagnostic{file, line, {},
                               fmt::format("duplicate row for region \"{}\", industry \"{}\"{} (first at line {})",
                                           region.id, industry, key_text(year), seen->second.where.line)});
      }
      auto cell = read_cell(fields[field], file, line, header.names[field], options.table);
      if (!cell) return fail(cell.error());
      b.cells.emplace(std::pair{r, k}, *cell);
    }
    return {};
  };
  auto header = read_csv(text, file, options.table.dialect, on_line);
  if (!header) return fail(header.error());
  if (periods.empty()) return fail(Diagnostic{file, 0, {}, "no data rows after the header"});
  const Coverage coverage = cols->layout == Layout::target ? Coverage::target_only : Coverage::economy;
  const std::string value_column =
      cols->layout == Layout::wide ? "" : (*header).names[cols->value];
  std::vector<std::pair<std::string, const Builder*>> ordered;
  for (const auto& [year, b] : periods) ordered.emplace_back(year, &b);
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
    return a.first.size() != b.first.size() ? a.first.size() < b.first.size() : a.first < b.first;
  });
  std::vector<IndustryTable> tables;
  for (const auto& [year, b] : ordered) {
    tables.push_back(b->table(cols->year ? year : options.period, coverage, file, value_column));
  }
  note_absent(tables);
  return tables;
}

Result<std::vector<IndustryTable>> load_industry_csv(const std::string& path, const IndustryCsvOptions& options) {
  auto text = read_file(path);
  if (!text) return fail(text.error());
  return parse_industry_csv(*text, path, options);
}

}  // namespace itzones::io
