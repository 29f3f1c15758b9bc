#pragma once
// The only places that touch the file system for inputs and outputs.

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "itzones/diagnostic.hpp"

namespace itzones::io {

// The whole file as bytes. Error: `path: cannot read (reason)`.
Result<std::string> read_file(const std::filesystem::path& path);

// One output file: a name inside the output folder and its full content.
using OutputFile = std::pair<std::string, std::string>;

// Writes every file into `dir` (created if absent) atomically: each goes to a temporary file
// in `dir` and is renamed into place only after all were written, so a failure leaves the
// previous outputs untouched and no temporary behind, also when the process is interrupted by
// SIGINT/SIGTERM/SIGHUP/SIGQUIT (TemporaryFiles). Refuses to overwrite any of `inputs`.
Result<void> write_outputs(const std::filesystem::path& dir, const std::vector<OutputFile>& files,
                           const std::vector<std::filesystem::path>& inputs);

}  // namespace itzones::io
