#pragma once
// Loading an indicator table (design §2: wide, one row per region, columns by name).

#include <set>
#include <string>
#include <string_view>

#include "csv_lines.hpp"
#include "itzones/number.hpp"
#include "itzones/table.hpp"

namespace itzones::io {

struct TableOptions {
  CsvDialect dialect;
  MissingConventions conventions;
  DecimalMark decimal = DecimalMark::either;  // --decimal; `either` checks each file (NumberCells)
};

// Parses `text` (shown as `display_name` in messages). Needs a `region_id` column; `region`
// and `region_en` are optional names; of the other columns only `numeric_columns` are read
// (through NumberCells), the rest are ignored. Errors: no region_id column, a header over two
// lines, no data rows, an empty or duplicate region_id, a totals row (is_totals_name), a cell
// that is not a number, an ambiguous decimal mark (NumberCells).
Result<RegionTable> parse_region_table(std::string_view text, const std::string& display_name,
                                       const std::set<std::string>& numeric_columns,
                                       const TableOptions& options);

}  // namespace itzones::io
