#pragma once
// Reading the region table (data/regions/kz_regions.csv; docs/data.md, "Regions over time").

#include <string>
#include <string_view>

#include "csv_lines.hpp"
#include "itzones/regions.hpp"

namespace itzones::io {

// Parses a region table: one row per identity with `region_id`, `name_ru`, `name_en`,
// `first_year`, `last_year`, `split_from`, and optionally `name_kk` and the code columns
// `iso_3166_2_2014`, `iso_3166_2`, `kato`, `bns_code` (empty cells are skipped). Other columns
// are ignored. Errors: `file:line: column "x": ...` for a missing column or a year that is not
// a whole number, then those of make_registry() prefixed with the file name.
Result<RegionRegistry> parse_region_registry(std::string_view text, const std::string& display_name,
                                             const CsvDialect& dialect = {});

// Reads and parses the region table at `path`.
Result<RegionRegistry> load_region_registry(const std::string& path);

}  // namespace itzones::io
