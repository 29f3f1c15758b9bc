#include "study_stage2_json.hpp"

#include <fmt/format.h>

#include "json_read.hpp"

namespace itzones::io {
namespace {

using nlohmann::json;

std::string text(const json& object, const std::string& key, const std::string& path) {
  return member(object, key, path, &json::is_string, "a string").get<std::string>();
}

std::string optional_text(const json& object, const std::string& key, const std::string& path) {
  return object.contains(key) ? text(object, key, path) : std::string();
}

double non_negative(const json& object, const std::string& key, const std::string& path) {
  const double value = member(object, key, path, &json::is_number, "a number").get<double>();
  if (value < 0) throw JsonError{path + "/" + key, "expected a non-negative number"};
  return value;
}

SpecialisationStudy specialisation_from(const json& s, const std::function<std::string(const std::string&)>& resolve) {
  const std::string path = "/specialisation";
  SpecialisationStudy out;
  if (s.contains("industry")) out.industry = text(s, "industry", path);
  if (s.contains("missing")) {
    const auto policy = parse_policy(text(s, "missing", path));
    if (!policy) throw JsonError{path + "/missing", "expected \"error\", \"zero\", \"drop-region\" or \"drop-industry\""};
    out.missing = *policy;
  }
  const json& periods = member(s, "periods", path, &json::is_array, "an array of periods");
  if (periods.empty()) throw JsonError{path + "/periods", "expected at least one period"};
  for (std::size_t i = 0; i < periods.size(); ++i) {
    const std::string at = fmt::format("{}/periods/{}", path, i);
    if (!periods[i].is_object()) throw JsonError{at, "expected an object with \"period\" and \"file\""};
    out.periods.push_back(SpecialisationPeriod{text(periods[i], "period", at), resolve(text(periods[i], "file", at)),
                                               optional_text(periods[i], "column", at),
                                               optional_text(periods[i], "year", at)});
  }
  if (s.contains("published")) {
    const json& pub = member(s, "published", path, &json::is_object, "an object");
    out.published = resolve(text(pub, "file", path + "/published"));
    const json& columns = member(pub, "columns", path + "/published", &json::is_object, "an object of period: column");
    for (const auto& [period, column] : columns.items()) {
      if (!column.is_string()) throw JsonError{path + "/published/columns/" + period, "expected a column name"};
      out.columns[period] = column.get<std::string>();
    }
    if (pub.contains("known_inconsistencies")) {
      const std::string at = path + "/published/known_inconsistencies";
      out.known_inconsistencies =
          read_known_inconsistencies(member(pub, "known_inconsistencies", path + "/published", &json::is_array, "an array"), at);
    }
  }
  return out;
}

ZoneRule zone_rule_from(const json& z) {
  const std::string path = "/zones";
  ZoneRule rule;
  if (z.contains("rating_threshold")) rule.rating_threshold = non_negative(z, "rating_threshold", path);
  if (z.contains("measure")) {
    const std::string id = text(z, "measure", path);
    const auto measure = find_measure(id);
    if (!measure) throw JsonError{path + "/measure", fmt::format("unknown measure \"{}\"", id)};
    rule.measure = *measure;
  }
  if (z.contains("threshold")) rule.measure_threshold = non_negative(z, "threshold", path);
  return rule;
}

}  // namespace

std::vector<KnownInconsistency> read_known_inconsistencies(const json& array, const std::string& path) {
  std::vector<KnownInconsistency> out;
  for (std::size_t k = 0; k < array.size(); ++k) {
    const std::string at = fmt::format("{}/{}", path, k);
    if (!array[k].is_object()) throw JsonError{at, "expected an object"};
    out.push_back(KnownInconsistency{text(array[k], "period", at), text(array[k], "region_id", at),
                                     text(array[k], "reason", at)});
  }
  return out;
}

void read_stage2(const json& doc, const std::function<std::string(const std::string&)>& resolve, Study& study) {
  if (doc.contains("specialisation")) {
    study.specialisation = specialisation_from(member(doc, "specialisation", "", &json::is_object, "an object"), resolve);
  }
  if (doc.contains("zones")) study.zone_rule = zone_rule_from(member(doc, "zones", "", &json::is_object, "an object"));
}

}  // namespace itzones::io
