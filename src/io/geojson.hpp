#pragma once
// A user's region boundary file (GeoJSON) for the report's choropleth: reading, matching
// features to regions, and simplifying the geometry for the page.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/table.hpp"
#include "svg.hpp"

namespace itzones::io {

// One feature: its string properties and its polygons' rings as (x = longitude, y = latitude).
struct GeoFeature {
  std::size_t index = 0;  // position in the file's feature list, from 0
  std::map<std::string, std::string> properties;
  std::vector<std::vector<svg::Point>> rings;
};

// Reads a FeatureCollection (or a single Feature) of Polygon and MultiPolygon geometries.
// Features without geometry or with other geometry types are kept without rings.
// Errors: invalid JSON (`file:line:column: invalid JSON: ...`), or a structure that is not
// GeoJSON (`file: at /features/3/geometry/coordinates: expected ...`).
Result<std::vector<GeoFeature>> parse_geojson(std::string_view text, const std::string& display_name);

// How features are matched to regions: by the `key` property equal to a region_id, else by
// one of `name_properties` equal to a region's name or English name after normalisation
// (case, `ё`, punctuation and words such as "область", "oblast", "province", "region", "city",
// "г." ignored). A normalised name shared by several regions matches none of them.
struct MatchOptions {
  std::string key = "ISO3166-2";
  std::vector<std::string> name_properties = {"name", "name:ru", "name:en", "region"};
};

enum class MatchedBy { key, name };

struct FeatureMatch {
  std::size_t feature = 0;  // position in the `features` given to match_features
  std::string region_id;
  MatchedBy by = MatchedBy::key;
};

struct MatchResult {
  std::vector<FeatureMatch> matches;            // in feature order
  std::vector<std::size_t> unmatched_features;  // positions in `features`
  std::vector<std::string> unmatched_regions;   // region ids, in the order given
};

// Matches every feature to at most one of `regions`; several features may match one region.
MatchResult match_features(const std::vector<GeoFeature>& features, const std::vector<Region>& regions,
                           const MatchOptions& options);

// A name folded for matching (see MatchOptions).
std::string normalise_name(std::string_view name);

// A short human name for a feature in warnings: its key, else its first name property, else
// "#index".
std::string feature_label(const GeoFeature& feature, const MatchOptions& options);

// The boundary of one region, ready to draw.
struct RegionOutline {
  std::string region_id;
  std::vector<std::vector<svg::Point>> rings;  // (longitude, latitude), simplified
};

struct Outlines {
  std::vector<RegionOutline> regions;  // in the order of `regions` given to make_outlines
  double tolerance = 0.0;              // degrees
  std::size_t vertices_before = 0;     // of the matched features
  std::size_t vertices_after = 0;
  std::vector<std::string> matched_by_name;     // ids of regions found by a name property, not the key
  std::vector<std::string> unmatched_features;  // feature_label of each feature matching no region
  std::vector<std::string> unmatched_regions;   // ids of regions no feature matches
};

// Matches `features` to `regions`, gathers each region's rings and simplifies them with
// Douglas-Peucker at `tolerance` degrees (rings left with fewer than three points are dropped).
Outlines make_outlines(const std::vector<GeoFeature>& features, const std::vector<Region>& regions,
                       const MatchOptions& options, double tolerance);

}  // namespace itzones::io
