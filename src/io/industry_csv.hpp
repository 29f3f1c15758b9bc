#pragma once
// Loading region x industry data (stage 2) in its three layouts (docs/formats.md, "Stage 2").

#include <string>
#include <string_view>
#include <vector>

#include "itzones/industry.hpp"
#include "region_table_csv.hpp"

namespace itzones::io {

struct IndustryCsvOptions {
  TableOptions table;
  std::string industry = "J";  // the target; names the industry of a target-only table
  std::string column;          // value column of a target-only table ("" = `it_output`)
  std::string period;          // the period of a file without a `year` column
};

// Parses `text` (shown as `display_name`). The layout follows from the header:
//   long:   an `industry` column — region_id, industry, value, optional year;
//   target: options.column (or `it_output` when no column is named) — region_id and that column;
//   wide:   otherwise — region_id and one column per industry.
// `region` and `region_en` are optional in all three; in the wide layout every other column is an
// industry. Returns one table per year of a long file with `year` (in ascending order), otherwise
// one table named options.period. Every region-industry combination of a year's regions and
// industries gets a cell; one absent from the file is missing (line 0). Errors, located
// `file:line: column "x": ...`: no region_id (or industry/value) column, a named column that is
// absent, no data rows, an empty region_id, industry or year, a duplicate (region, industry,
// year) row or region row, a cell that is not a number.
Result<std::vector<IndustryTable>> parse_industry_csv(std::string_view text, const std::string& display_name,
                                                      const IndustryCsvOptions& options);

// Reads the file at `path` and parses it.
Result<std::vector<IndustryTable>> load_industry_csv(const std::string& path, const IndustryCsvOptions& options);

}  // namespace itzones::io
