#pragma once
// Loading a published table of regions' shares (the paper's Table 7).

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "itzones/published_shares.hpp"
#include "region_table_csv.hpp"

namespace itzones::io {

// Parses `text`: `region_id` and, for each period, the column `columns[period]`; a cell that is a
// zero token ("-") was printed as a dash, any other as a number. Where a column C has a companion
// `C_printed` (values `number` or `dash`), it must agree with the cell. Errors, located
// `file:line: column "x": ...`: a column absent from the header, an empty or unparsable cell, a
// companion that disagrees, no data rows.
Result<std::vector<PublishedShare>> parse_published_shares(std::string_view text, const std::string& display_name,
                                                           const std::map<std::string, std::string>& columns,
                                                           const TableOptions& options);

// Reads the file at `path` and parses it.
Result<std::vector<PublishedShare>> load_published_shares(const std::string& path,
                                                          const std::map<std::string, std::string>& columns,
                                                          const TableOptions& options);

}  // namespace itzones::io
