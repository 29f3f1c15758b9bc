#pragma once
// The stage-2 members of study.json: "specialisation" and "zones" (docs/formats.md, "Stage 2").

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "itzones/study.hpp"

namespace itzones::io {

// An array of {"period", "region_id", "reason"} objects at JSON path `path`.
// Throws JsonError naming the path of a wrong value.
std::vector<KnownInconsistency> read_known_inconsistencies(const nlohmann::json& array, const std::string& path);

// Reads doc["specialisation"] and doc["zones"] into `study` when present; `resolve` turns a file
// name into a path. Throws JsonError, e.g. at /zones/measure: "unknown measure \"x\"".
void read_stage2(const nlohmann::json& doc, const std::function<std::string(const std::string&)>& resolve,
                 Study& study);

}  // namespace itzones::io
