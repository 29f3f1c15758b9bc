// Boundary files: reading GeoJSON, matching features to regions (by key, then by name), the
// outlines drawn on the map, and the bundled region table of administrative centres.

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "files.hpp"
#include "geojson.hpp"
#include "region_places.hpp"

namespace {

namespace fs = std::filesystem;
using itzones::Region;
using itzones::io::GeoFeature;
using itzones::io::MatchedBy;

const std::vector<Region> k_regions = {
    {"KZ-PAV", "Павлодарская", "Pavlodar"},
    {"KZ-ALM", "Алматинская", "Almaty Region"},
    {"KZ-ALA", "г. Алматы", "Almaty"},
    {"KZ-SEV", "Северо-Казахстанская", "North Kazakhstan"},
};

std::vector<GeoFeature> parse_ok(const std::string& text) {
  auto features = itzones::io::parse_geojson(text, "t.geojson");
  if (!features) FAIL(itzones::to_string(features.error()));
  return *features;
}

GeoFeature feature(std::map<std::string, std::string> properties) {
  GeoFeature f;
  f.properties = std::move(properties);
  f.rings = {{{0, 0}, {1, 0}, {1, 1}, {0, 0}}};
  return f;
}

// Ray casting: whether (x, y) lies inside the ring.
bool inside(const std::vector<itzones::io::svg::Point>& ring, double x, double y) {
  bool in = false;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const auto& a = ring[i];
    const auto& b = ring[j];
    if ((a.y > y) != (b.y > y) && x < (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x) in = !in;
  }
  return in;
}

const fs::path k_real_boundaries = fs::path(ITZONES_REAL_DATA_DIR) / "kz_regions_2016_osm.geojson";

}  // namespace

TEST_CASE("parse_geojson: polygons, multipolygons, features without geometry") {
  const auto features = parse_ok(R"({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"ISO3166-2": "KZ-ALA", "population": 1475400},
     "geometry": {"type": "Polygon", "coordinates": [[[76.8, 43.2], [77.0, 43.2], [77.0, 43.4], [76.8, 43.2]]]}},
    {"type": "Feature", "properties": {"name": "x"},
     "geometry": {"type": "MultiPolygon", "coordinates": [[[[0, 0], [1, 0], [1, 1], [0, 0]]],
                                                          [[[5, 5], [6, 5], [6, 6], [5, 5]], [[5.1, 5.1], [5.2, 5.1], [5.2, 5.2], [5.1, 5.1]]]]}},
    {"type": "Feature", "properties": null, "geometry": null},
    {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1, 2]}}
  ]})");
  REQUIRE(features.size() == 4);
  CHECK(features[0].properties == std::map<std::string, std::string>{{"ISO3166-2", "KZ-ALA"}});  // strings only
  REQUIRE(features[0].rings.size() == 1);
  CHECK(features[0].rings[0].size() == 4);
  CHECK(features[0].rings[0][1].x == 77.0);
  CHECK(features[0].rings[0][2].y == 43.4);
  CHECK(features[1].rings.size() == 3);  // two polygons, the second with a hole
  CHECK(features[2].rings.empty());
  CHECK(features[3].rings.empty());
  CHECK(features[3].index == 3);
}

TEST_CASE("parse_geojson: a single Feature") {
  const auto features = parse_ok(R"({"type": "Feature", "properties": {"name": "a"},
    "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}})");
  REQUIRE(features.size() == 1);
  CHECK(features[0].properties.at("name") == "a");
}

TEST_CASE("parse_geojson: errors name the place") {
  const auto error = [](const std::string& text) {
    auto r = itzones::io::parse_geojson(text, "t.geojson");
    REQUIRE_FALSE(r);
    return itzones::to_string(r.error());
  };
  CHECK(error("{\"type\": \"FeatureCollection\",\n \"features\": [}").starts_with("t.geojson:2:15: invalid JSON: "));
  CHECK(error("[1, 2]") == "t.geojson: at /: expected a FeatureCollection or Feature object");
  CHECK(error(R"({"type": "FeatureCollection"})") ==
        "t.geojson: at /features: expected the array of features of a FeatureCollection");
  CHECK(error(R"({"features": [{"geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1]]]}}]})") ==
        "t.geojson: at /features/0/geometry/coordinates/0/1: expected a position [longitude, latitude]");
  CHECK(error(R"({"features": [{"geometry": {"type": "MultiPolygon", "coordinates": 3}}]})") ==
        "t.geojson: at /features/0/geometry/coordinates: expected an array of polygons");
}

TEST_CASE("normalise_name: case, ё, punctuation and generic words") {
  using itzones::io::normalise_name;
  CHECK(normalise_name("Павлодарская область") == "павлодарская");
  CHECK(normalise_name("Павлодарская") == "павлодарская");
  CHECK(normalise_name("г. Алматы") == "алматы");
  CHECK(normalise_name("Алматы") == "алматы");
  CHECK(normalise_name("Almaty Province") == "almaty");
  CHECK(normalise_name("Северо-Казахстанская обл.") == "северо-казахстанская");
  CHECK(normalise_name("ЁЛКИНСКАЯ") == "елкинская");
  CHECK(normalise_name("North Kazakhstan Region") == "north kazakhstan");
}

TEST_CASE("match_features: by key, then by name, ambiguous names match nothing") {
  const std::vector<GeoFeature> features = {
      feature({{"ISO3166-2", "KZ-SEV"}, {"name", "Северо-Казахстанская область"}}),  // by key
      feature({{"region", "Павлодарская область"}}),  // no key: by name (the OSM file's Pavlodar)
      feature({{"name:en", "Almaty"}}),  // "almaty" is Almaty Region and Almaty city: ambiguous
      feature({{"name", "Алматы"}, {"name:en", "Almaty"}}),  // "алматы" is only the city
      feature({{"ISO3166-2", "KZ-XXX"}, {"name", "Nowhere"}}),  // unknown key, unknown name
  };
  const auto m = itzones::io::match_features(features, k_regions, {});
  REQUIRE(m.matches.size() == 3);
  CHECK(m.matches[0].feature == 0);
  CHECK(m.matches[0].region_id == "KZ-SEV");
  CHECK(m.matches[0].by == MatchedBy::key);
  CHECK(m.matches[1].region_id == "KZ-PAV");
  CHECK(m.matches[1].by == MatchedBy::name);
  CHECK(m.matches[2].feature == 3);
  CHECK(m.matches[2].region_id == "KZ-ALA");
  CHECK(m.unmatched_features == std::vector<std::size_t>{2, 4});
  CHECK(m.unmatched_regions == std::vector<std::string>{"KZ-ALM"});
}

TEST_CASE("match_features: the key property is the user's choice") {
  itzones::io::MatchOptions options;
  options.key = "code";
  options.name_properties = {};
  const auto m = itzones::io::match_features({feature({{"code", "KZ-PAV"}}), feature({{"ISO3166-2", "KZ-ALA"}})},
                                             k_regions, options);
  REQUIRE(m.matches.size() == 1);
  CHECK(m.matches[0].region_id == "KZ-PAV");
  CHECK(m.unmatched_features == std::vector<std::size_t>{1});
}

TEST_CASE("make_outlines: rings gathered per region, simplified, unmatched listed") {
  GeoFeature a = feature({{"ISO3166-2", "KZ-PAV"}});
  a.rings = {{{0, 0}, {1, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}}, {{10, 10}, {10.001, 10}, {10.001, 10.001}, {10, 10.001}, {10, 10}}};
  GeoFeature b = feature({{"ISO3166-2", "KZ-PAV"}});  // a second feature of the same region
  GeoFeature c = feature({{"name", "Elsewhere"}});
  c.index = 2;  // its position in the file, as parse_geojson sets it
  const auto o = itzones::io::make_outlines({a, b, c}, k_regions, {}, 0.1);
  REQUIRE(o.regions.size() == 1);
  CHECK(o.regions[0].region_id == "KZ-PAV");
  // The square loses its edge midpoint; the tiny ring collapses and is dropped; b's triangle stays.
  REQUIRE(o.regions[0].rings.size() == 2);
  CHECK(o.regions[0].rings[0].size() == 4);
  CHECK(o.vertices_before == 6 + 5 + 4);
  CHECK(o.vertices_after == 4 + 3);
  CHECK(o.matched_by_name.empty());
  CHECK(o.unmatched_features == std::vector<std::string>{"#2 name=Elsewhere"});
  CHECK(o.unmatched_regions == std::vector<std::string>{"KZ-ALM", "KZ-ALA", "KZ-SEV"});
}

TEST_CASE("parse_region_places: the bundled table") {
  auto text = itzones::io::read_file(fs::path(ITZONES_DATA_DIR) / "kazakhstan/regions.csv");
  REQUIRE(text);
  auto places = itzones::io::parse_region_places(*text, "regions.csv", {});
  if (!places) FAIL(itzones::to_string(places.error()));
  REQUIRE(places->size() == 16);
  CHECK(places->front().region.id == "KZ-AKM");
  CHECK(places->front().centre == "Кокшетау");
  CHECK(places->front().centre_en == "Kokshetau");
  for (const auto& p : *places) {
    INFO(p.region.id);
    // Kazakhstan lies between 40.5 and 55.5 N, 46.5 and 87.5 E.
    CHECK(p.lat > 40.5);
    CHECK(p.lat < 55.5);
    CHECK(p.lon > 46.5);
    CHECK(p.lon < 87.5);
  }
}

TEST_CASE("parse_region_places: errors") {
  const auto error = [](const std::string& text) {
    auto r = itzones::io::parse_region_places(text, "r.csv", {});
    REQUIRE_FALSE(r);
    return itzones::to_string(r.error());
  };
  CHECK(error("region_id,region,region_en,centre,lat\nA,a,a,c,1\n") == "r.csv:1: no \"lon\" column in the header");
  CHECK(error("region_id,region,region_en,centre,lat,lon\nA,a,a,c,91,0\n") ==
        "r.csv:2: column \"lat\": 91 is outside [-90, 90] degrees");
  CHECK(error("region_id,region,region_en,centre,lat,lon\nA,a,a,c,1,-\n") ==
        "r.csv:2: column \"lon\": expected a number, got \"-\"");
  CHECK(error("region_id,region,region_en,centre,lat,lon\nA,a,a,c,1,\n") ==
        "r.csv:2: column \"lon\": expected a coordinate, got nothing");
  CHECK(error("region_id,region,region_en,centre,lat,lon\nA,a,a,c,1,2\nA,b,b,d,3,4\n") ==
        "r.csv:3: column \"region_id\": duplicate region \"A\" (first at line 2)");
}

TEST_CASE("the real OSM boundary file: every region matched, Pavlodar by name; centres inside") {
  if (!fs::exists(k_real_boundaries)) {
    WARN("SKIPPED: " << k_real_boundaries.string() << " is not here; the real-file checks did not run");
    return;
  }
  auto text = itzones::io::read_file(k_real_boundaries);
  REQUIRE(text);
  const auto features = parse_ok(*text);
  auto places_text = itzones::io::read_file(fs::path(ITZONES_DATA_DIR) / "kazakhstan/regions.csv");
  REQUIRE(places_text);
  auto places = itzones::io::parse_region_places(*places_text, "regions.csv", {});
  REQUIRE(places);
  std::vector<Region> regions;
  for (const auto& p : *places) regions.push_back(p.region);

  const auto m = itzones::io::match_features(features, regions, {});
  CHECK(m.matches.size() == 16);
  CHECK(m.unmatched_features.empty());
  CHECK(m.unmatched_regions.empty());
  std::set<std::string> by_name;
  for (const auto& match : m.matches) {
    if (match.by == MatchedBy::name) by_name.insert(match.region_id);
  }
  CHECK(by_name == std::set<std::string>{"KZ-PAV"});

  // Each administrative centre of the bundled table lies inside a ring of its own region.
  for (const auto& p : *places) {
    INFO(p.region.id << " " << p.centre_en);
    bool in_own = false;
    for (const auto& match : m.matches) {
      if (match.region_id != p.region.id) continue;
      for (const auto& ring : features[match.feature].rings) in_own = in_own || inside(ring, p.lon, p.lat);
    }
    CHECK(in_own);
  }

  // Simplified at the default tolerance the page carries a few thousand vertices, not 60,000.
  const auto outlines = itzones::io::make_outlines(features, regions, {}, 0.02);
  CHECK(outlines.regions.size() == 16);
  CHECK(outlines.vertices_before > 50000);
  CHECK(outlines.vertices_after < 6000);
  CHECK(outlines.matched_by_name == std::vector<std::string>{"KZ-PAV"});
}
