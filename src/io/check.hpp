#pragma once
// `--check DIR`: compare freshly generated outputs with the files a folder already holds.

#include <filesystem>
#include <string>
#include <vector>

#include "files.hpp"
#include "itzones/diagnostic.hpp"

namespace itzones::io {

struct CheckResult {
  std::vector<std::string> differing;  // names of files whose bytes differ
  std::vector<std::string> missing;    // names of files DIR does not have
  std::string diff;                    // unified diff of every differing or missing file
  // True when every file is present and byte-identical.
  bool identical() const { return differing.empty() && missing.empty(); }
};

// Compares each of `files` byte for byte with `dir / name`. A missing file counts as a
// difference (diffed against /dev/null); files in `dir` that are not generated are ignored.
// Errors: `dir` is not a folder, or a file exists but cannot be read.
Result<CheckResult> check_outputs(const std::filesystem::path& dir, const std::vector<OutputFile>& files);

}  // namespace itzones::io
