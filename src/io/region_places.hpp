#pragma once
// The bundled region table: each region's administrative centre and its coordinates, which
// place the region on the schematic map when no boundary file is given.

#include <string>
#include <string_view>
#include <vector>

#include "csv_lines.hpp"
#include "itzones/diagnostic.hpp"
#include "itzones/table.hpp"

namespace itzones::io {

struct RegionPlace {
  Region region;           // id, Russian name, English name
  std::string centre;      // the administrative centre, as the table names it (Russian)
  std::string centre_en;   // optional English name
  double lat = 0.0;        // degrees north, WGS 84
  double lon = 0.0;        // degrees east
  Location where;
};

// Parses a region table with columns region_id, region, region_en, centre, lat, lon (and
// optionally centre_en), in any order. Errors (located): a missing column, an empty or
// duplicate region_id, a latitude outside [-90, 90] or longitude outside [-180, 180], a cell
// that is not a number.
Result<std::vector<RegionPlace>> parse_region_places(std::string_view text, const std::string& display_name,
                                                     const CsvDialect& dialect);

}  // namespace itzones::io
