#pragma once
// Reading study.json (schema in docs/formats.md).

#include <filesystem>
#include <string>
#include <string_view>

#include "itzones/study.hpp"

namespace itzones::io {

// Parses a study; relative file paths are resolved against `base_dir`. Errors name the file
// and either the line:column of a JSON syntax error or the JSON path of a wrong value,
// e.g. `study.json: at /periods/0/files: expected an array of file names`.
Result<Study> parse_study(std::string_view text, const std::string& display_name,
                          const std::filesystem::path& base_dir);

// Reads and parses the study file at `path`.
Result<Study> load_study(const std::filesystem::path& path);

}  // namespace itzones::io
