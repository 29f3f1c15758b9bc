#include "study_regions_json.hpp"

#include <fmt/format.h>

#include "json_read.hpp"

namespace itzones::io {

using nlohmann::json;

void read_stage1_and_regions(const json& doc, const std::function<std::string(const std::string&)>& resolve,
                             Study& study) {
  if (doc.contains("stage1")) {
    const json& s = member(doc, "stage1", "", &json::is_object, "an object");
    const bool available = member(s, "available", "/stage1", &json::is_boolean, "true or false").get<bool>();
    if (!available) {
      Stage1Unavailable unavailable;
      unavailable.reason = member(s, "reason", "/stage1", &json::is_string, "a string").get<std::string>();
      if (s.contains("provided")) {
        const json& provided = member(s, "provided", "/stage1", &json::is_array, "an array of column names");
        for (std::size_t i = 0; i < provided.size(); ++i) {
          if (!provided[i].is_string()) throw JsonError{fmt::format("/stage1/provided/{}", i), "expected a column name"};
          unavailable.provided.push_back(provided[i].get<std::string>());
        }
      }
      study.stage1_unavailable = std::move(unavailable);
    }
  }
  if (doc.contains("boundaries")) {
    const json& year = member(doc, "boundaries", "", &json::is_number_integer, "a year such as 2014");
    study.boundaries = year.get<int>();
  }
  if (doc.contains("regions")) {
    study.regions = resolve(member(doc, "regions", "", &json::is_string, "a file name").get<std::string>());
  }
}

void check_unrated_study(const json& doc) {
  if (doc.contains("periods")) {
    throw JsonError{"/periods", "not read: /stage1/available is false, so the study rates no periods"};
  }
  if (!doc.contains("specialisation")) {
    throw JsonError{"/specialisation", "missing; a study without stage 1 needs stage-2 data"};
  }
}

}  // namespace itzones::io
