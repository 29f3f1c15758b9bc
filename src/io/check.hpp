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
  std::vector<std::string> extra;      // names of files DIR has that would not be generated
  std::string diff;                    // unified diff of every differing, missing or extra file
  // True when every file is present and byte-identical, and none is left over.
  bool identical() const { return differing.empty() && missing.empty() && extra.empty(); }
};

// Compares each of `files` byte for byte with `dir / name`. A missing file counts as a
// difference (diffed against /dev/null). A regular file in `dir` that is not generated counts
// as extra (diffed to /dev/null) when its extension is that of a generated file, its name does
// not start with '.', and it is none of `inputs`; other files in `dir` are ignored. Files are
// reported in the order of `files`, then extra files by name.
// Errors: `dir` is not a folder, or a file exists but cannot be read.
Result<CheckResult> check_outputs(const std::filesystem::path& dir, const std::vector<OutputFile>& files,
                                  const std::vector<std::filesystem::path>& inputs);

}  // namespace itzones::io
