#include "region_table_csv.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "number_cells.hpp"
#include "totals_row.hpp"

namespace itzones::io {
namespace {

std::optional<std::size_t> index_of(const std::vector<std::string>& names, std::string_view name) {
  const auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) return std::nullopt;
  return static_cast<std::size_t>(it - names.begin());
}

// A units or sub-heading row under the header: every read cell is text that is not a number.
bool is_second_header(const std::vector<std::string>& fields,
                      const std::vector<std::pair<std::string, std::size_t>>& numeric,
                      const TableOptions& options) {
  return !numeric.empty() && std::all_of(numeric.begin(), numeric.end(), [&](const auto& column) {
    const std::string& cell = fields[column.second];
    return !cell.empty() && !parse_number(cell, options.conventions, options.decimal);
  });
}

}  // namespace

Result<RegionTable> parse_region_table(std::string_view text, const std::string& display_name,
                                       const std::set<std::string>& numeric_columns,
                                       const TableOptions& options) {
  RegionTable table;
  std::optional<std::size_t> id_col;
  std::optional<std::size_t> name_col;
  std::optional<std::size_t> name_en_col;
  std::vector<std::pair<std::string, std::size_t>> numeric;  // name, field index
  std::map<std::string, std::size_t> first_line;              // region_id -> line
  NumberCells cells(display_name, options.conventions, options.decimal);

  const auto on_line = [&](const CsvHeader& header, std::size_t line,
                           std::vector<std::string>& fields) -> Result<void> {
    if (!id_col) {
      id_col = index_of(header.names, "region_id");
      if (!id_col && index_of(fields, "region_id")) {
        return fail(Diagnostic{display_name, line, {},
                               fmt::format("the header spans two lines (\"region_id\" is on line {}, "
                                           "not on the header line {}); merge them into one line "
                                           "of column names", line, header.line)});
      }
      if (!id_col) {
        return fail(Diagnostic{
            display_name, header.line, {},
            fmt::format("no \"region_id\" column in the header (read with separator {}; "
                        "if the file uses another one, name it with --sep)",
                        separator_name(header.separator))});
      }
      name_col = index_of(header.names, "region");
      name_en_col = index_of(header.names, "region_en");
      if (name_col) table.name_columns.insert("region");
      if (name_en_col) table.name_columns.insert("region_en");
      for (std::size_t c = 0; c < header.names.size(); ++c) {
        const std::string& name = header.names[c];
        if (!numeric_columns.contains(name)) continue;
        if (table.columns.contains(name)) {
          return fail(
              Diagnostic{display_name, header.line, name, "column appears twice in the header"});
        }
        numeric.emplace_back(name, c);
        table.columns[name];
      }
    }
    const std::string& id = fields[*id_col];
    if (id.empty() && table.regions.empty() && is_second_header(fields, numeric, options)) {
      return fail(Diagnostic{display_name, line, {},
                             fmt::format("line {} looks like a second header line (no region_id, "
                                         "and text where numbers belong); merge it into the "
                                         "header line {}", line, header.line)});
    }
    for (const auto& [column, c] : {std::pair{"region_id", id_col}, std::pair{"region", name_col},
                                    std::pair{"region_en", name_en_col}}) {
      if (c && is_totals_name(fields[*c])) {
        return fail(Diagnostic{display_name, line, column,
                               fmt::format("\"{}\" is a totals row, not a region; remove it (it "
                                           "would be rated as a region and counted twice)",
                                           fields[*c])});
      }
    }
    if (id.empty()) return fail(Diagnostic{display_name, line, "region_id", "empty region_id"});
    if (const auto seen = first_line.find(id); seen != first_line.end()) {
      return fail(Diagnostic{display_name, line, "region_id",
                             fmt::format("duplicate region \"{}\" (first at line {})", id,
                                         seen->second)});
    }
    first_line.emplace(id, line);
    Region region{id, name_col ? fields[*name_col] : id, name_en_col ? fields[*name_en_col] : ""};
    if (region.name.empty()) region.name = id;
    table.regions.push_back(std::move(region));
    table.rows.push_back(Location{display_name, line});
    for (const auto& [name, c] : numeric) {
      auto cell = cells.parse(fields[c], line, name);
      if (!cell) return fail(cell.error());
      table.columns[name].push_back(std::move(*cell));
    }
    return {};
  };

  auto header = read_csv(text, display_name, options.dialect, on_line);
  if (!header) return fail(header.error());
  if (table.regions.empty()) {
    return fail(Diagnostic{display_name, 0, {}, "no data rows after the header"});
  }
  if (auto marks = cells.finish(); !marks) return fail(marks.error());
  return table;
}

}  // namespace itzones::io
