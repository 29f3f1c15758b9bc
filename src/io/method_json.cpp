#include "method_json.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>
#include <ranges>

#include "files.hpp"
#include "itzones/hierarchy.hpp"
#include "json_read.hpp"

namespace itzones::io {
namespace {

using nlohmann::json;

// Rejects keys of `object` not in `known` (a misspelt key would otherwise be ignored silently).
void only_keys(const json& object, const std::string& path, std::initializer_list<const char*> known) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    throw JsonError{path + "/" + key, fmt::format("unknown key; expected one of: {}", fmt::join(known, ", "))};
  }
}

// The member `key` when present (checked like member()), else nullptr.
const json* optional_member(const json& object, const std::string& key, const std::string& path,
                            bool (json::*is_kind)() const noexcept, const char* expected) {
  return object.contains(key) ? &member(object, key, path, is_kind, expected) : nullptr;
}

std::string optional_string(const json& object, const std::string& key, const std::string& path,
                            const std::string& fallback) {
  const json* value = optional_member(object, key, path, &json::is_string, "a string");
  return value != nullptr ? value->get<std::string>() : fallback;
}

double optional_number(const json& object, const std::string& key, const std::string& path, double fallback) {
  const json* value = optional_member(object, key, path, &json::is_number, "a number");
  return value != nullptr ? value->get<double>() : fallback;
}

// A label: "text" (both languages) or {"en": "...", "ru": "..."} (ru defaults to en).
Label label_from(const json& object, const std::string& key, const std::string& path, const std::string& fallback) {
  if (!object.contains(key)) return {fallback, fallback};
  const json& value = object.at(key);
  const std::string here = path + "/" + key;
  if (value.is_string()) return {value.get<std::string>(), value.get<std::string>()};
  if (!value.is_object()) throw JsonError{here, "expected a string or an object with \"en\" and \"ru\""};
  only_keys(value, here, {"en", "ru"});
  Label label;
  label.en = member(value, "en", here, &json::is_string, "a string").get<std::string>();
  label.ru = optional_string(value, "ru", here, label.en);
  return label;
}

// [lower, upper] of `key`, or `fallback` when absent.
std::pair<double, double> bounds_from(const json& object, const std::string& key, const std::string& path,
                                      std::optional<std::pair<double, double>> fallback) {
  if (!object.contains(key) && fallback) return *fallback;
  const json& value = member(object, key, path, &json::is_array, "[lower, upper]");
  if (value.size() != 2 || !value[0].is_number() || !value[1].is_number()) {
    throw JsonError{path + "/" + key, "expected [lower, upper]"};
  }
  return {value[0].get<double>(), value[1].get<double>()};
}

const char* k_normalisations = "one of percent_of_best, min_max, z_score, rank, percentile_rank, goalposts";

// "percent_of_best", or {"method": "min_max", "range": [0, 100]}, or
// {"method": "goalposts", "goalposts": [lower, upper]}.
Normalisation normalisation_from(const json& value, const std::string& path) {
  const bool is_object = value.is_object();
  if (!is_object && !value.is_string()) throw JsonError{path, "expected a normalisation name or an object"};
  if (is_object) only_keys(value, path, {"method", "range", "goalposts"});
  const std::string name = is_object ? member(value, "method", path, &json::is_string, k_normalisations).get<std::string>()
                                     : value.get<std::string>();
  const auto kind = normalisation_kind(name);
  if (!kind) throw JsonError{is_object ? path + "/method" : path, fmt::format("expected {}", k_normalisations)};
  Normalisation n{*kind};
  if (*kind == NormalisationKind::min_max && is_object) {
    std::tie(n.lower, n.upper) = bounds_from(value, "range", path, std::pair{0.0, 100.0});
  } else if (*kind == NormalisationKind::goalposts) {
    if (!is_object) throw JsonError{path, "goalposts need {\"method\": \"goalposts\", \"goalposts\": [lower, upper]}"};
    std::tie(n.lower, n.upper) = bounds_from(value, "goalposts", path, std::nullopt);
  }
  return n;
}

std::vector<Aggregation> aggregation_from(const json& value) {
  const auto one = [](const json& item, const std::string& path) {
    const auto a = item.is_string() ? aggregation_kind(item.get<std::string>()) : std::nullopt;
    if (!a) throw JsonError{path, "expected arithmetic, geometric or harmonic"};
    return *a;
  };
  if (!value.is_array()) return {one(value, "/aggregation")};
  std::vector<Aggregation> out;
  for (std::size_t i = 0; i < value.size(); ++i) out.push_back(one(value[i], fmt::format("/aggregation/{}", i)));
  return out;
}

MissingTreatment missing_from(const json& value) {
  const std::vector<std::pair<std::string, MissingTreatment>> names = {
      {"error", MissingTreatment::error},
      {"drop", MissingTreatment::drop},
      {"impute_mean", MissingTreatment::impute_mean},
      {"impute_median", MissingTreatment::impute_median}};
  for (const auto& [name, treatment] : names) {
    if (value.is_string() && value.get<std::string>() == name) return treatment;
  }
  throw JsonError{"/missing", "expected error, drop, impute_mean or impute_median"};
}

Indicator indicator_from(const json& j, const std::string& path) {
  if (!j.is_object()) throw JsonError{path, "expected an object"};
  only_keys(j, path, {"id", "symbol", "group", "column", "numerator", "denominator", "scale", "published",
                      "direction", "weight", "normalisation", "label", "unit"});
  Indicator ind;
  ind.id = member(j, "id", path, &json::is_string, "a string").get<std::string>();
  ind.symbol = optional_string(j, "symbol", path, ind.id);
  ind.group = member(j, "group", path, &json::is_string, "a group id").get<std::string>();
  if (j.contains("column") == j.contains("numerator")) {
    throw JsonError{path, "expected either \"column\" or \"numerator\" (with \"denominator\")"};
  }
  if (j.contains("column")) {
    ind.numerator = member(j, "column", path, &json::is_string, "a column name").get<std::string>();
    for (const char* key : {"denominator", "scale"}) {
      if (j.contains(key)) throw JsonError{path + "/" + key, "only with \"numerator\", not with \"column\""};
    }
  } else {
    ind.numerator = member(j, "numerator", path, &json::is_string, "a column name").get<std::string>();
    if (j.contains("denominator")) {
      ind.denominator = member(j, "denominator", path, &json::is_string, "a column name").get<std::string>();
    }
    ind.scale = optional_number(j, "scale", path, 1.0);
  }
  ind.published = optional_string(j, "published", path, "");
  const std::string direction = optional_string(j, "direction", path, "higher");
  if (direction != "higher" && direction != "lower") throw JsonError{path + "/direction", "expected \"higher\" or \"lower\""};
  ind.direction = direction == "higher" ? Direction::higher_is_better : Direction::lower_is_better;
  ind.weight = optional_number(j, "weight", path, 1.0);
  if (j.contains("normalisation")) ind.normalisation = normalisation_from(j.at("normalisation"), path + "/normalisation");
  ind.label = label_from(j, "label", path, ind.id);
  ind.unit = label_from(j, "unit", path, "");
  return ind;
}

Group group_from(const json& j, const std::string& path) {
  if (!j.is_object()) throw JsonError{path, "expected an object"};
  only_keys(j, path, {"id", "symbol", "weight", "parent", "label"});
  Group g;
  g.id = member(j, "id", path, &json::is_string, "a string").get<std::string>();
  g.symbol = optional_string(j, "symbol", path, g.id);
  g.weight = optional_number(j, "weight", path, 1.0);
  g.parent = optional_string(j, "parent", path, "");
  g.label = label_from(j, "label", path, g.id);
  return g;
}

ClassBand class_from(const json& j, const std::string& path) {
  if (!j.is_object()) throw JsonError{path, "expected an object"};
  only_keys(j, path, {"name", "lower", "meaning"});
  ClassBand c;
  c.name = member(j, "name", path, &json::is_string, "a string").get<std::string>();
  c.lower = member(j, "lower", path, &json::is_number, "a number").get<double>();
  c.meaning = label_from(j, "meaning", path, "");
  return c;
}

// Each element of the required array `key`, read by `from`.
template <class T>
std::vector<T> items_from(const json& doc, const char* key, T (*from)(const json&, const std::string&)) {
  std::vector<T> out;
  const json& array = member(doc, key, "", &json::is_array, "an array");
  for (std::size_t i = 0; i < array.size(); ++i) out.push_back(from(array[i], fmt::format("/{}/{}", key, i)));
  return out;
}

Method method_from(const json& doc) {
  if (!doc.is_object()) throw JsonError{"", "expected an object"};
  only_keys(doc, "", {"id", "name", "normalisation", "aggregation", "missing", "groups", "indicators", "classes"});
  Method m;
  m.id = member(doc, "id", "", &json::is_string, "a string").get<std::string>();
  m.name = label_from(doc, "name", "", m.id);
  if (doc.contains("normalisation")) m.normalisation = normalisation_from(doc.at("normalisation"), "/normalisation");
  if (doc.contains("aggregation")) m.aggregation = aggregation_from(doc.at("aggregation"));
  if (doc.contains("missing")) m.missing = missing_from(doc.at("missing"));
  m.groups = items_from(doc, "groups", group_from);
  m.indicators = items_from(doc, "indicators", indicator_from);
  if (doc.contains("classes")) m.classes = items_from(doc, "classes", class_from);
  return m;
}

}  // namespace

Result<Method> parse_method(std::string_view text, const std::string& display_name) {
  auto doc = parse_json(text, display_name);
  if (!doc) return fail(doc.error());
  Method method;
  try {
    method = method_from(*doc);
  } catch (const JsonError& e) {
    return fail(json_diagnostic(display_name, e));
  }
  if (auto checked = hierarchy(method); !checked) {
    return fail(Diagnostic{display_name, 0, {}, checked.error().message});
  }
  return method;
}

Result<Normalisation> parse_normalisation(std::string_view spec) {
  const std::size_t colon = spec.find(':');
  const auto kind = normalisation_kind(spec.substr(0, colon));
  if (!kind) {
    return fail(fmt::format("unknown normalisation \"{}\"; expected {}", spec.substr(0, colon), k_normalisations));
  }
  Normalisation n{*kind};
  const bool bounded = *kind == NormalisationKind::min_max || *kind == NormalisationKind::goalposts;
  if (colon == std::string_view::npos && *kind != NormalisationKind::goalposts) return n;
  const auto number = [](std::string_view text, double& out) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && !text.empty();
  };
  const std::string_view bounds = colon == std::string_view::npos ? std::string_view() : spec.substr(colon + 1);
  const std::size_t second = bounds.find(':');
  if (!bounded || second == std::string_view::npos || !number(bounds.substr(0, second), n.lower) ||
      !number(bounds.substr(second + 1), n.upper) || !(n.lower < n.upper)) {
    return fail(fmt::format("expected {}{}, got \"{}\"", normalisation_id(*kind),
                            bounded ? ":<lower>:<upper> with lower < upper" : " without bounds", spec));
  }
  return n;
}

Result<std::vector<Aggregation>> parse_aggregation(std::string_view spec) {
  std::vector<Aggregation> levels;
  for (const auto part : std::views::split(spec, '/')) {
    const std::string_view id(part.begin(), part.end());
    const auto a = aggregation_kind(id);
    if (!a) return fail(fmt::format("unknown aggregation \"{}\"; expected arithmetic, geometric or harmonic", id));
    levels.push_back(*a);
  }
  return levels;
}

Result<Method> load_method(const std::filesystem::path& path) {
  auto text = read_file(path);
  if (!text) return fail(text.error());
  return parse_method(*text, path.string());
}

}  // namespace itzones::io
