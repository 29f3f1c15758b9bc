#pragma once
// Output files too large to hold in memory, written piece by piece and still atomically
// (design §3): each goes to a temporary file in the output folder, and all are renamed into
// place together at the end, or removed.

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "temp_files.hpp"

namespace itzones::io {

class StreamedOutputs {
 public:
  // Creates `dir` if absent and opens a temporary file for each of `names`. Errors: the folder
  // cannot be created, a name is that of one of `inputs` (`refusing to overwrite an input file
  // with an output`), a file cannot be created.
  static Result<std::unique_ptr<StreamedOutputs>> open(
      const std::filesystem::path& dir, const std::vector<std::string>& names,
      const std::vector<std::filesystem::path>& inputs);
  ~StreamedOutputs();
  StreamedOutputs(const StreamedOutputs&) = delete;
  StreamedOutputs& operator=(const StreamedOutputs&) = delete;

  // Appends `text` to file `file` (an index into the names). Error: `dir/name: cannot write
  // (reason)`.
  Result<void> write(std::size_t file, std::string_view text);

  // Flushes every file to disk and renames each into place. Without a commit, the destructor
  // removes the temporary files.
  Result<void> commit();

  // The final paths, in the order of the names.
  const std::vector<std::filesystem::path>& paths() const { return m_paths; }

 private:
  StreamedOutputs(std::vector<std::filesystem::path> paths,
                  std::vector<std::filesystem::path> temporaries);

  std::vector<std::filesystem::path> m_paths;
  std::vector<std::filesystem::path> m_temporaries;
  TemporaryFiles m_cleanup;
  std::vector<std::FILE*> m_files;
};

}  // namespace itzones::io
