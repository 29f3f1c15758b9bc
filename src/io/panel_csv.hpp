#pragma once
// Loading a long region x industry x period panel in one streaming pass (issue #7).

#include <string>
#include <string_view>

#include "itzones/industry.hpp"
#include "itzones/panel.hpp"
#include "region_table_csv.hpp"

namespace itzones::io {

struct PanelCsvOptions {
  TableOptions table;         // separator (0 = detect from the header) and number conventions
  std::string region_column;  // "" = `region_id` when the header has it, else `region`
  std::string industry_column = "industry";
  std::string year_column;  // "" = `year` when the header has it, else none
  std::string value_column = "value";
  std::string period;  // the period of a file without a year column
  DuplicatePolicy duplicates = DuplicatePolicy::error;
  MissingPolicy missing = MissingPolicy::error;
  unsigned threads = 1;  // parts of the file parsed at once; any number gives one result
};

// Parses the long panel in `text` (shown as `display_name`): one row per (region, industry,
// period) with its value; other columns are ignored. A combination without a row is 0; an
// empty or "not available" value is missing and handled by options.missing. Errors, located
// `file:line: column "x": message` and the same for any number of threads:
//   a missing column: `data.csv:1: no "industry" column in the header (read with separator ',')`;
//   an empty region, industry or year; a value that is not a number or is negative; a missing
//   value under policy `error`; a line with another number of fields than the header; a line
//   that is not UTF-8;
//   a duplicate key under policy `error`, at the second of the first two rows of the first such
//   key in (period, region, industry) order:
//   `data.csv:9: duplicate row for region "r", industry "k", year 2014 (first at line 4)`;
//   no data rows; and the errors of apply_missing_policy.
Result<Panel> parse_panel_csv(std::string_view text, const std::string& display_name,
                              const PanelCsvOptions& options);

// The same for the file at `path`, read in blocks by options.threads threads, each reading its
// own part of the file, so memory follows the distinct cells rather than the size of the file.
// Error: `path: cannot read (reason)`.
Result<Panel> load_panel_csv(const std::string& path, const PanelCsvOptions& options);

}  // namespace itzones::io
