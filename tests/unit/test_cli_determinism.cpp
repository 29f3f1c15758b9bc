// The CLI's outputs are byte-identical from one run to the next, on stdout and with -o.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app.hpp"

namespace {

struct Outcome {
  int code = 0;
  std::string out;
  std::string err;
};

Outcome run(const std::vector<std::string>& args) {
  std::ostringstream out;
  std::ostringstream err;
  const int code = itzones::cli::run_cli(args, out, err);
  return Outcome{code, out.str(), err.str()};
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

const std::string k_study = std::string(ITZONES_DATA_DIR) + "/kazakhstan/study.json";

}  // namespace

TEST_CASE("cli::run_cli gives byte-identical stdout on a second run") {
  for (const char* format : {"table", "csv", "json", "md"}) {
    const Outcome first = run({"run", k_study, "--format", format});
    const Outcome second = run({"run", k_study, "--format", format});
    INFO(format);
    REQUIRE(first.code == 0);
    REQUIRE(!first.out.empty());
    CHECK(first.out == second.out);
  }
}

TEST_CASE("cli::run_cli writes byte-identical files on a second run") {
  const auto dir = std::filesystem::temp_directory_path() / "itzones-determinism";
  std::filesystem::remove_all(dir);
  REQUIRE(run({"run", k_study, "-o", (dir / "a").string()}).code == 0);
  REQUIRE(run({"run", k_study, "-o", (dir / "b").string()}).code == 0);
  std::size_t compared = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir / "a")) {
    const auto name = entry.path().filename();
    INFO(name.string());
    CHECK(slurp(entry.path()) == slurp(dir / "b" / name));
    ++compared;
  }
  CHECK(compared >= 3);  // at least the csv, json and md outputs
  std::filesystem::remove_all(dir);
}
