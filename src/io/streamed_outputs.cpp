#include "streamed_outputs.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace itzones::io {
namespace fs = std::filesystem;

namespace {

Diagnostic cannot_write(const fs::path& path, const std::string& reason) {
  return Diagnostic{path.string(), 0, {}, fmt::format("cannot write: {}", reason)};
}

}  // namespace

StreamedOutputs::StreamedOutputs(std::vector<fs::path> paths, std::vector<fs::path> temporaries)
    : m_paths(std::move(paths)), m_temporaries(std::move(temporaries)), m_cleanup(m_temporaries) {}

StreamedOutputs::~StreamedOutputs() {
  for (std::FILE* f : m_files) std::fclose(f);
}

Result<std::unique_ptr<StreamedOutputs>> StreamedOutputs::open(
    const fs::path& dir, const std::vector<std::string>& names,
    const std::vector<fs::path>& inputs) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    return fail(Diagnostic{
        dir.string(), 0, {}, fmt::format("cannot create output folder: {}", ec.message())});
  }
  std::vector<fs::path> paths, temporaries;
  for (const std::string& name : names) {
    for (const fs::path& input : inputs) {
      if (fs::exists(dir / name, ec) && fs::equivalent(dir / name, input, ec)) {
        return fail(Diagnostic{
            (dir / name).string(), 0, {}, "refusing to overwrite an input file with an output"});
      }
    }
    paths.push_back(dir / name);
    temporaries.push_back(dir / fmt::format(".{}.tmp-{}", name, ::getpid()));
  }
  std::unique_ptr<StreamedOutputs> out(new StreamedOutputs(paths, temporaries));
  for (std::size_t i = 0; i < temporaries.size(); ++i) {
    std::FILE* f = std::fopen(temporaries[i].c_str(), "wbx");
    if (f == nullptr) return fail(cannot_write(paths[i], std::strerror(errno)));
    out->m_files.push_back(f);
  }
  return out;
}

Result<void> StreamedOutputs::write(std::size_t file, std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), m_files[file]) != text.size()) {
    return fail(cannot_write(m_paths[file], std::strerror(errno)));
  }
  return {};
}

Result<void> StreamedOutputs::commit() {
  for (std::size_t i = 0; i < m_files.size(); ++i) {
    const bool flushed = std::fflush(m_files[i]) == 0 && ::fsync(fileno(m_files[i])) == 0;
    const int error = errno;
    if (!flushed) return fail(cannot_write(m_paths[i], std::strerror(error)));
  }
  const DeferredSignals deferred;  // all outputs are replaced, or none
  for (std::size_t i = 0; i < m_paths.size(); ++i) {
    std::error_code ec;
    fs::rename(m_temporaries[i], m_paths[i], ec);
    if (ec) return fail(cannot_write(m_paths[i], ec.message()));
  }
  return {};
}

}  // namespace itzones::io
