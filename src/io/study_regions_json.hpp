#pragma once
// The study.json members about what a study can compute and on which regions: "stage1",
// "boundaries" and "regions" (docs/formats.md, "Study file").

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "itzones/study.hpp"

namespace itzones::io {

// Reads doc["stage1"], doc["boundaries"] and doc["regions"] into `study` when present; `resolve`
// turns a file name into a path. Throws JsonError, e.g. at /boundaries: "expected a year such
// as 2014", or at /stage1/provided: "expected an array of column names".
void read_stage1_and_regions(const nlohmann::json& doc, const std::function<std::string(const std::string&)>& resolve,
                             Study& study);

// Throws JsonError when a study that rates nothing has "periods" or lacks "specialisation".
void check_unrated_study(const nlohmann::json& doc);

}  // namespace itzones::io
