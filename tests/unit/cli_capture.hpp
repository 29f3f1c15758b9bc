#pragma once
// Running the command line in-process for tests: exit code, stdout and stderr of run_cli, the
// bytes of a file read or written, and a temporary folder of the test's own.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app.hpp"

namespace itzones::test {

struct Run {
  int code = -1;
  std::string out;
  std::string err;
};

inline Run cli(const std::vector<std::string>& args, const cli::Terminal& terminal = {}) {
  std::ostringstream out;
  std::ostringstream err;
  Run r;
  r.code = cli::run_cli(args, out, err, terminal);
  r.out = out.str();
  r.err = err.str();
  return r;
}

inline std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write(const std::filesystem::path& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

// A folder path of its own that does not exist yet; removed at the end of the test.
struct TempPath {
  std::filesystem::path path;
  explicit TempPath(const std::string& tag)
      : path(std::filesystem::temp_directory_path() /
             ("itzones-cli-" + tag + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path);
  }
  ~TempPath() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempPath(const TempPath&) = delete;
  TempPath& operator=(const TempPath&) = delete;
};

}  // namespace itzones::test
