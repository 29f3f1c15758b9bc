#include "geojson.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <sstream>

#include "json_read.hpp"

namespace itzones::io {
namespace {

using nlohmann::json;

// A structural error at a JSON pointer.
struct ShapeError {
  std::string path;
  std::string message;
};

std::vector<svg::Point> ring_from(const json& ring, const std::string& path) {
  if (!ring.is_array()) throw ShapeError{path, "expected an array of positions"};
  std::vector<svg::Point> points;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    const json& p = ring[i];
    if (!p.is_array() || p.size() < 2 || !p[0].is_number() || !p[1].is_number()) {
      throw ShapeError{fmt::format("{}/{}", path, i), "expected a position [longitude, latitude]"};
    }
    points.push_back({p[0].get<double>(), p[1].get<double>()});
  }
  return points;
}

void add_polygon(const json& polygon, const std::string& path, std::vector<std::vector<svg::Point>>& rings) {
  if (!polygon.is_array()) throw ShapeError{path, "expected an array of rings"};
  for (std::size_t r = 0; r < polygon.size(); ++r) rings.push_back(ring_from(polygon[r], fmt::format("{}/{}", path, r)));
}

GeoFeature feature_from(const json& feature, std::size_t index, const std::string& path) {
  if (!feature.is_object()) throw ShapeError{path, "expected a Feature object"};
  GeoFeature out;
  out.index = index;
  if (const auto props = feature.find("properties"); props != feature.end() && props->is_object()) {
    for (const auto& [key, value] : props->items()) {
      if (value.is_string()) out.properties.emplace(key, value.get<std::string>());
    }
  }
  const auto geometry = feature.find("geometry");
  if (geometry == feature.end() || !geometry->is_object()) return out;
  const auto type = geometry->find("type");
  const auto coordinates = geometry->find("coordinates");
  if (type == geometry->end() || !type->is_string() || coordinates == geometry->end()) return out;
  const std::string coord_path = path + "/geometry/coordinates";
  if (*type == "Polygon") {
    add_polygon(*coordinates, coord_path, out.rings);
  } else if (*type == "MultiPolygon") {
    if (!coordinates->is_array()) throw ShapeError{coord_path, "expected an array of polygons"};
    for (std::size_t p = 0; p < coordinates->size(); ++p) {
      add_polygon((*coordinates)[p], fmt::format("{}/{}", coord_path, p), out.rings);
    }
  }
  return out;
}

// Cyrillic capitals and ё folded to lower case, ASCII lowered, everything else unchanged.
std::string fold_case(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c + 32);
    } else if ((c == 0xD0 && next == 0x81) || (c == 0xD1 && next == 0x91)) {  // Ё ё -> е
      out += "\xD0\xB5";
      ++i;
    } else if (c == 0xD0 && next >= 0x90 && next <= 0x9F) {  // А..П -> а..п
      out += static_cast<char>(0xD0);
      out += static_cast<char>(next + 0x20);
      ++i;
    } else if (c == 0xD0 && next >= 0xA0 && next <= 0xAF) {  // Р..Я -> р..я
      out += static_cast<char>(0xD1);
      out += static_cast<char>(next - 0x20);
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace

Result<std::vector<GeoFeature>> parse_geojson(std::string_view text, const std::string& display_name) {
  auto parsed = parse_json(text, display_name);
  if (!parsed) return fail(parsed.error());
  const json& doc = *parsed;
  std::vector<GeoFeature> features;
  try {
    if (!doc.is_object()) throw ShapeError{"", "expected a FeatureCollection or Feature object"};
    const auto type = doc.find("type");
    if (type != doc.end() && *type == "Feature") {
      features.push_back(feature_from(doc, 0, ""));
    } else {
      const auto list = doc.find("features");
      if (list == doc.end() || !list->is_array()) {
        throw ShapeError{"/features", "expected the array of features of a FeatureCollection"};
      }
      for (std::size_t i = 0; i < list->size(); ++i) {
        features.push_back(feature_from((*list)[i], i, fmt::format("/features/{}", i)));
      }
    }
  } catch (const ShapeError& e) {
    return fail(Diagnostic{display_name, 0, {}, fmt::format("at {}: {}", e.path.empty() ? "/" : e.path, e.message)});
  }
  return features;
}

std::string normalise_name(std::string_view name) {
  static const std::set<std::string> k_generic = {
      "область", "обл",   "облысы", "город",  "г",      "қаласы", "oblast", "oblysy",
      "province", "region", "city",   "qalasy", "kalasy", "the",    "of"};
  std::string folded = fold_case(name);
  for (char& c : folded) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isalnum(u) && c != '-') c = ' ';
  }
  std::istringstream words(folded);
  std::string word;
  std::string out;
  while (words >> word) {
    if (k_generic.contains(word)) continue;
    out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

std::string feature_label(const GeoFeature& feature, const MatchOptions& options) {
  if (const auto key = feature.properties.find(options.key); key != feature.properties.end()) {
    return fmt::format("#{} {}={}", feature.index, options.key, key->second);
  }
  for (const std::string& property : options.name_properties) {
    if (const auto name = feature.properties.find(property); name != feature.properties.end()) {
      return fmt::format("#{} {}={}", feature.index, property, name->second);
    }
  }
  return fmt::format("#{}", feature.index);
}

MatchResult match_features(const std::vector<GeoFeature>& features, const std::vector<Region>& regions,
                           const MatchOptions& options) {
  std::set<std::string> ids;
  std::map<std::string, std::set<std::string>> by_name;  // normalised name -> region ids
  for (const Region& r : regions) {
    ids.insert(r.id);
    for (const std::string& name : {r.name, r.name_en}) {
      if (const std::string n = normalise_name(name); !n.empty()) by_name[n].insert(r.id);
    }
  }
  MatchResult result;
  std::set<std::string> matched_regions;
  for (std::size_t i = 0; i < features.size(); ++i) {
    const GeoFeature& f = features[i];
    std::optional<FeatureMatch> match;
    if (const auto key = f.properties.find(options.key); key != f.properties.end() && ids.contains(key->second)) {
      match = FeatureMatch{i, key->second, MatchedBy::key};
    }
    for (std::size_t p = 0; !match && p < options.name_properties.size(); ++p) {
      const auto name = f.properties.find(options.name_properties[p]);
      if (name == f.properties.end()) continue;
      const auto hit = by_name.find(normalise_name(name->second));
      if (hit != by_name.end() && hit->second.size() == 1) {
        match = FeatureMatch{i, *hit->second.begin(), MatchedBy::name};
      }
    }
    if (match) {
      matched_regions.insert(match->region_id);
      result.matches.push_back(*match);
    } else {
      result.unmatched_features.push_back(i);
    }
  }
  for (const Region& r : regions) {
    if (!matched_regions.contains(r.id)) result.unmatched_regions.push_back(r.id);
  }
  return result;
}

Outlines make_outlines(const std::vector<GeoFeature>& features, const std::vector<Region>& regions,
                       const MatchOptions& options, double tolerance) {
  const MatchResult match = match_features(features, regions, options);
  Outlines out;
  out.tolerance = tolerance;
  for (const Region& r : regions) {
    RegionOutline outline{r.id, {}};
    for (const FeatureMatch& m : match.matches) {
      if (m.region_id != r.id) continue;
      if (m.by == MatchedBy::name && (out.matched_by_name.empty() || out.matched_by_name.back() != r.id)) {
        out.matched_by_name.push_back(r.id);
      }
      for (const std::vector<svg::Point>& ring : features[m.feature].rings) {
        out.vertices_before += ring.size();
        std::vector<svg::Point> simple = svg::simplify_ring(ring, tolerance);
        if (simple.size() < 3) continue;
        out.vertices_after += simple.size();
        outline.rings.push_back(std::move(simple));
      }
    }
    if (!outline.rings.empty()) out.regions.push_back(std::move(outline));
  }
  for (const std::size_t f : match.unmatched_features) out.unmatched_features.push_back(feature_label(features[f], options));
  out.unmatched_regions = match.unmatched_regions;
  return out;
}

}  // namespace itzones::io
