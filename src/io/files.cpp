#include "files.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

namespace itzones::io {
namespace fs = std::filesystem;

Result<std::string> read_file(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    return fail(Diagnostic{path.string(), 0, {}, "cannot read: is a directory"});
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return fail(Diagnostic{path.string(), 0, {},
                           fmt::format("cannot read: {}", std::strerror(errno))});
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return fail(Diagnostic{path.string(), 0, {}, "cannot read: I/O error"});
  return content.str();
}

namespace {

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

// Writes `content` to `path` and flushes it to disk; false on any error.
bool write_whole(const fs::path& path, const std::string& content) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return false;
  const bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size() &&
                  std::fflush(f) == 0 && ::fsync(fileno(f)) == 0;
  return std::fclose(f) == 0 && ok;
}

}  // namespace

Result<void> write_outputs(const fs::path& dir, const std::vector<OutputFile>& files,
                           const std::vector<fs::path>& inputs) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    return fail(Diagnostic{dir.string(), 0, {},
                           fmt::format("cannot create output folder: {}", ec.message())});
  }
  for (const auto& [name, content] : files) {
    for (const fs::path& input : inputs) {
      if (same_file(dir / name, input)) {
        return fail(Diagnostic{(dir / name).string(), 0, {},
                               "refusing to overwrite an input file with an output"});
      }
    }
  }
  std::vector<fs::path> temporaries;
  const auto clean_up = [&] {
    for (const fs::path& t : temporaries) fs::remove(t, ec);
  };
  for (const auto& [name, content] : files) {
    const fs::path tmp = dir / fmt::format(".{}.tmp-{}", name, ::getpid());
    temporaries.push_back(tmp);
    if (!write_whole(tmp, content)) {
      const int err = errno;
      clean_up();
      return fail(Diagnostic{(dir / name).string(), 0, {},
                             fmt::format("cannot write: {}", std::strerror(err))});
    }
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    fs::rename(temporaries[i], dir / files[i].first, ec);
    if (ec) {
      clean_up();
      return fail(Diagnostic{(dir / files[i].first).string(), 0, {},
                             fmt::format("cannot write: {}", ec.message())});
    }
  }
  return {};
}

}  // namespace itzones::io
