#include "region_places.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "itzones/number.hpp"

namespace itzones::io {

Result<std::vector<RegionPlace>> parse_region_places(std::string_view text, const std::string& display_name,
                                                     const CsvDialect& dialect) {
  static constexpr std::array<const char*, 6> k_required = {"region_id", "region", "region_en",
                                                            "centre",    "lat",    "lon"};
  std::map<std::string, std::size_t> column;  // name -> field index
  std::map<std::string, std::size_t> first_line;
  std::vector<RegionPlace> places;

  const auto on_line = [&](const CsvHeader& header, std::size_t line,
                           std::vector<std::string>& fields) -> Result<void> {
    if (column.empty()) {
      for (std::size_t c = 0; c < header.names.size(); ++c) column.emplace(header.names[c], c);
      for (const char* name : k_required) {
        if (!column.contains(name)) {
          return fail(Diagnostic{display_name, 1, {}, fmt::format("no \"{}\" column in the header", name)});
        }
      }
    }
    const auto field = [&](const char* name) { return fields[column.at(name)]; };
    const auto coordinate = [&](const char* name, double limit) -> Result<double> {
      // No zero or missing tokens: a coordinate is a number or absent.
      auto parsed = parse_number(field(name), MissingConventions{{}, {}});
      if (!parsed) return fail(Diagnostic{display_name, line, name, parsed.error().message});
      if (!parsed->value) return fail(Diagnostic{display_name, line, name, "expected a coordinate, got nothing"});
      if (*parsed->value < -limit || *parsed->value > limit) {
        return fail(Diagnostic{display_name, line, name,
                               fmt::format("{} is outside [-{}, {}] degrees", field(name), limit, limit)});
      }
      return *parsed->value;
    };
    RegionPlace place;
    place.region = Region{field("region_id"), field("region"), field("region_en")};
    if (place.region.id.empty()) return fail(Diagnostic{display_name, line, "region_id", "empty region_id"});
    if (const auto seen = first_line.find(place.region.id); seen != first_line.end()) {
      return fail(Diagnostic{display_name, line, "region_id",
                             fmt::format("duplicate region \"{}\" (first at line {})", place.region.id,
                                         seen->second)});
    }
    first_line.emplace(place.region.id, line);
    place.centre = field("centre");
    if (column.contains("centre_en")) place.centre_en = field("centre_en");
    auto lat = coordinate("lat", 90.0);
    if (!lat) return fail(lat.error());
    auto lon = coordinate("lon", 180.0);
    if (!lon) return fail(lon.error());
    place.lat = *lat;
    place.lon = *lon;
    place.where = Location{display_name, line};
    places.push_back(std::move(place));
    return {};
  };
  auto header = read_csv(text, display_name, dialect, on_line);
  if (!header) return fail(header.error());
  if (places.empty()) return fail(Diagnostic{display_name, 0, {}, "no data rows after the header"});
  return places;
}

}  // namespace itzones::io
