#include "files.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include "temp_files.hpp"

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

// Creates `path` (which must not exist), writes `content` and flushes it to disk.
// Returns 0 or the errno of the first failing call.
int write_whole(const fs::path& path, const std::string& content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return errno;
  int err = 0;
  for (std::size_t done = 0; done < content.size() && err == 0;) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno != EINTR) err = errno;
    if (n > 0) done += static_cast<std::size_t>(n);
  }
  if (err == 0 && ::fsync(fd) != 0) err = errno;
  if (::close(fd) != 0 && err == 0) err = errno;
  return err;
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
  // Names by process id; a leftover of an earlier killed process with the same id is ours to replace.
  std::vector<fs::path> names;
  for (const auto& [name, content] : files) names.push_back(dir / fmt::format(".{}.tmp-{}", name, ::getpid()));
  const TemporaryFiles temporaries(names);
  for (std::size_t i = 0; i < files.size(); ++i) {
    ::unlink(names[i].c_str());
    if (const int err = write_whole(names[i], files[i].second); err != 0) {
      return fail(Diagnostic{(dir / files[i].first).string(), 0, {},
                             fmt::format("cannot write: {}", std::strerror(err))});
    }
  }
  const DeferredSignals deferred;  // all outputs are replaced, or none
  for (std::size_t i = 0; i < files.size(); ++i) {
    fs::rename(names[i], dir / files[i].first, ec);
    if (ec) {
      return fail(Diagnostic{(dir / files[i].first).string(), 0, {},
                             fmt::format("cannot write: {}", ec.message())});
    }
  }
  return {};
}

}  // namespace itzones::io
