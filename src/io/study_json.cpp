#include "study_json.hpp"

#include <fmt/format.h>

#include "files.hpp"
#include "json_read.hpp"
#include "study_regions_json.hpp"
#include "study_stage2_json.hpp"

namespace itzones::io {
namespace {

using nlohmann::json;

Study study_from(const json& doc, const std::filesystem::path& base_dir) {
  if (!doc.is_object()) throw JsonError{"", "expected an object"};
  Study study;
  study.name = member(doc, "name", "", &json::is_string, "a string").get<std::string>();
  if (doc.contains("method")) {
    study.method = member(doc, "method", "", &json::is_string, "a method id").get<std::string>();
  }
  const auto resolve = [&](const std::string& file) { return (base_dir / file).lexically_normal().string(); };
  read_stage1_and_regions(doc, resolve, study);
  if (study.stage1_unavailable) check_unrated_study(doc);
  const json none = json::array();
  const json& periods =
      study.stage1_unavailable ? none : member(doc, "periods", "", &json::is_array, "an array of periods");
  if (periods.empty() && !study.stage1_unavailable) throw JsonError{"/periods", "expected at least one period"};
  for (std::size_t i = 0; i < periods.size(); ++i) {
    const std::string path = fmt::format("/periods/{}", i);
    const json& p = periods[i];
    if (!p.is_object()) throw JsonError{path, "expected an object with \"period\" and \"files\""};
    PeriodFiles pf;
    pf.period = member(p, "period", path, &json::is_string, "a string such as \"2014\"").get<std::string>();
    const json& files = member(p, "files", path, &json::is_array, "an array of file names");
    if (files.empty()) throw JsonError{path + "/files", "expected at least one file"};
    for (std::size_t f = 0; f < files.size(); ++f) {
      if (!files[f].is_string()) throw JsonError{fmt::format("{}/files/{}", path, f), "expected a file name"};
      pf.files.push_back(resolve(files[f].get<std::string>()));
    }
    study.periods.push_back(std::move(pf));
  }
  if (doc.contains("published")) {
    const json& pub = member(doc, "published", "", &json::is_object, "an object");
    study.published = resolve(member(pub, "file", "/published", &json::is_string, "a file name").get<std::string>());
    if (pub.contains("tolerance")) {
      const json& tol = member(pub, "tolerance", "/published", &json::is_object, "an object of period: number");
      for (const auto& [period, value] : tol.items()) {
        if (!value.is_number() || value.get<double>() < 0) {
          throw JsonError{"/published/tolerance/" + period, "expected a non-negative number"};
        }
        study.tolerance[period] = value.get<double>();
      }
    }
    if (pub.contains("known_inconsistencies")) {
      study.known_inconsistencies = read_known_inconsistencies(
          member(pub, "known_inconsistencies", "/published", &json::is_array, "an array"),
          "/published/known_inconsistencies");
    }
  }
  read_stage2(doc, resolve, study);
  return study;
}

}  // namespace

Result<Study> parse_study(std::string_view text, const std::string& display_name,
                          const std::filesystem::path& base_dir) {
  auto doc = parse_json(text, display_name);
  if (!doc) return fail(doc.error());
  try {
    return study_from(*doc, base_dir);
  } catch (const JsonError& e) {
    return fail(json_diagnostic(display_name, e));
  }
}

Result<Study> load_study(const std::filesystem::path& path) {
  auto text = read_file(path);
  if (!text) return fail(text.error());
  return parse_study(*text, path.string(), path.parent_path());
}

}  // namespace itzones::io
