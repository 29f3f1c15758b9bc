// `run --check DIR` and `run --stamp` end to end, in-process: the outputs written with -o are
// compared with what `run` regenerates; a one-character change, a missing and an extra file
// fail with exit 1 and a diff; nothing is written. tests/data/small/study.json is the
// hand-calculated study of tests/expected/README.md (R-B's 2010 index is 375/6 = 62.50).
// Also the progress line of `robustness` on a terminal.

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "cli_capture.hpp"

namespace {

namespace fs = std::filesystem;
using namespace itzones::test;  // cli, read, write, Run, TempPath

const std::string k_small = ITZONES_TEST_DATA_DIR "/small/study.json";
const std::string k_expected = ITZONES_TEST_DATA_DIR "/../expected/";

}  // namespace

TEST_CASE(
    "cli run --check: identical outputs pass silently, a one-character change fails with its "
    "diff") {
  const TempPath dir("check-md");
  const std::string d = dir.path.string();
  REQUIRE(cli({"run", k_small, "--format", "md", "-o", d}).code == 0);
  const Run same = cli({"run", k_small, "--format", "md", "--check", d});
  CHECK(same.code == 0);
  CHECK(same.out.empty());
  CHECK(same.err.empty());

  // Line 6 of rating.md is R-B's summary row; 62.50 becomes 62.51 on disk.
  std::string md = read(dir.path / "rating.md");
  const std::string row = "| 2 | R-B | Beta | 62.50 | B++ | 66.67 | B++ | 106.67 |\n";
  const std::size_t at = md.find(row);
  REQUIRE(at != std::string::npos);
  md[at + 23] = '1';  // the last digit of 62.50
  write(dir.path / "rating.md", md);
  const Run changed = cli({"run", k_small, "--format", "md", "--check", d});
  CHECK(changed.code == 1);
  // Three lines of context either side of line 6: lines 3-9, line 8 empty.
  CHECK(changed.out ==
        "--- " + d + "/rating.md\t(on disk)\n+++ " + d +
            "/rating.md\t(regenerated)\n"
            "@@ -3,7 +3,7 @@\n"
            " | Rank | ID | Region | Index 2010 | Class | Index 2014 | Class | 2014/2010, % |\n"
            " |---:|---|---|---:|---|---:|---|---:|\n"
            " | 1 | R-A | Alpha | 79.17 | A | 100.00 | A++ | 126.32 |\n"
            "-| 2 | R-B | Beta | 62.51 | B++ | 66.67 | B++ | 106.67 |\n"
            "+| 2 | R-B | Beta | 62.50 | B++ | 66.67 | B++ | 106.67 |\n"
            " | 3 | R-C | Gamma | 41.67 | B | 58.33 | B+ | 140.00 |\n"
            " \n"
            " ### 2010 — Indicators as % of the best region\n");
  CHECK(changed.err == "itzones: check failed: " + d +
                           " differs from the regenerated outputs (changed: rating.md)\n");
  CHECK(read(dir.path / "rating.md") == md);  // --check never writes

  // On a terminal that allows colour, the same diff in colour.
  const Run coloured = cli({"run", k_small, "--format", "md", "--check", d},
                           {itzones::cli::Colour::on, itzones::cli::Progress::off});
  CHECK(coloured.code == 1);
  CHECK(coloured.out.find(
            "\n\x1b[31m-| 2 | R-B | Beta | 62.51 | B++ | 66.67 | B++ | 106.67 |\x1b[m\n"
            "\x1b[32m+| 2 | R-B | Beta | 62.50 | B++ | 66.67 | B++ | 106.67 |\x1b[m\n") !=
        std::string::npos);
  CHECK(changed.out.find('\x1b') == std::string::npos);

  fs::remove(dir.path / "rating.md");
  const Run missing = cli({"run", k_small, "--format", "md", "--check", d});
  CHECK(missing.code == 1);
  CHECK(missing.out.starts_with("--- /dev/null\n+++ " + d +
                                "/rating.md\t(regenerated)\n@@ -0,0 +1,"));
  CHECK(missing.out.find("\n+| 2 | R-B | Beta | 62.50 | B++ | 66.67 | B++ | 106.67 |\n") !=
        std::string::npos);
  CHECK(missing.err == "itzones: check failed: " + d +
                           " differs from the regenerated outputs (missing: rating.md)\n");
  CHECK_FALSE(fs::exists(dir.path / "rating.md"));
}

TEST_CASE(
    "cli run --check: a file run would no longer write counts as extra; other kinds are ignored") {
  const TempPath dir("check-csv");
  const std::string d = dir.path.string();
  REQUIRE(cli({"run", k_small, "--format", "csv", "-o", d}).code == 0);
  write(dir.path / "rating-2018.csv", "x\n");
  write(dir.path / "notes.txt", "kept by hand\n");
  const Run extra = cli({"run", k_small, "--format", "csv", "--check", d});
  CHECK(extra.code == 1);
  CHECK(extra.out ==
        "--- " + d + "/rating-2018.csv\t(on disk)\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n");
  CHECK(extra.err == "itzones: check failed: " + d +
                         " differs from the regenerated outputs (extra: rating-2018.csv)\n");
}

TEST_CASE("cli run --format html --check: the page regenerated and compared byte for byte") {
  const TempPath dir("check-html");
  const std::string d = dir.path.string();
  REQUIRE(cli({"run", k_small, "--format", "html", "-o", d}).code == 0);
  REQUIRE(fs::exists(dir.path / "report.html"));
  const Run same = cli({"run", k_small, "--format", "html", "--check", d});
  CHECK(same.code == 0);
  CHECK(same.out.empty());

  // R-B's 2010 index 62.50 (375/6, by hand) is on the page; one digit of it changed on disk.
  std::string page = read(dir.path / "report.html");
  const std::size_t at = page.find("62.50");
  REQUIRE(at != std::string::npos);
  page[at + 4] = '1';
  write(dir.path / "report.html", page);
  const Run changed = cli({"run", k_small, "--format", "html", "--check", d});
  CHECK(changed.code == 1);
  CHECK(changed.out.starts_with("--- " + d + "/report.html\t(on disk)\n+++ " + d + "/report.html\t(regenerated)\n@@ "));
  CHECK(changed.out.find("62.51") != std::string::npos);
  // (after the page's warnings: the small study's regions have no places on the schematic map)
  CHECK(changed.err.ends_with("\nitzones: check failed: " + d + " differs from the regenerated outputs (changed: report.html)\n"));
  CHECK(read(dir.path / "report.html") == page);  // --check never writes
}

TEST_CASE("cli run --check: usage and input errors exit 2") {
  const TempPath dir("check-usage");
  const Run with_output =
      cli({"run", k_small, "--check", dir.path.string(), "-o", dir.path.string()});
  CHECK(with_output.code == 2);
  CHECK(with_output.err.find("--output excludes --check") != std::string::npos);
  const Run with_stamp = cli({"run", k_small, "--check", dir.path.string(), "--stamp"});
  CHECK(with_stamp.code == 2);
  CHECK(with_stamp.err.find("--check excludes --stamp") != std::string::npos);
  const Run absent = cli({"run", k_small, "--check", dir.path.string()});
  CHECK(absent.code == 2);
  CHECK(absent.err == dir.path.string() + ": cannot check: not a folder\n");
  CHECK_FALSE(fs::exists(dir.path));
}

TEST_CASE(
    "cli run --stamp: version and time in Markdown and JSON, the time from SOURCE_DATE_EPOCH") {
  REQUIRE(::setenv("SOURCE_DATE_EPOCH", "86400", 1) == 0);  // one day after 1970-01-01T00:00:00Z
  const Run md = cli({"run", k_small, "--format", "md", "--stamp"});
  const Run json = cli({"run", k_small, "--format", "json", "--stamp"});
  const Run csv = cli({"run", k_small, "--format", "csv", "--stamp"});
  ::unsetenv("SOURCE_DATE_EPOCH");
  CHECK(md.code == 0);
  const std::string golden_md = read(k_expected + "small_run.md");
  CHECK(md.out.starts_with(golden_md + "\n_Generated by itzones "));
  CHECK(md.out.ends_with(" at 1970-01-02T00:00:00Z._\n"));
  CHECK(json.code == 0);
  const std::string golden_json = read(k_expected + "small_run.json");
  REQUIRE(golden_json.ends_with("\n}\n"));
  CHECK(json.out.starts_with(golden_json.substr(0, golden_json.size() - 3) +
                             ",\n  \"generated_by\": \"itzones "));
  CHECK(json.out.ends_with("\",\n  \"generated_at\": \"1970-01-02T00:00:00Z\"\n}\n"));
  CHECK(csv.out == cli({"run", k_small, "--format", "csv"}).out);  // CSV carries no stamp
  // Without --stamp nothing depends on the time.
  CHECK(cli({"run", k_small, "--format", "md"}).out == golden_md);
}

TEST_CASE("cli robustness: progress on stderr only when the terminal allows it") {
  // 200 runs in pieces of 64 on one thread: 64, 128, 192 and 200 done, each a new percentage;
  // the line is redrawn in place ("\r") and erased at the end ("\r\x1b[K").
  const std::vector<std::string> args = {"robustness", "--runs", "200", "--threads", "1"};
  const Run shown = cli(args, {itzones::cli::Colour::off, itzones::cli::Progress::on});
  CHECK(shown.code == 0);
  CHECK(shown.err ==
        "\ritzones: robustness: 32% (64 of 200 runs)\ritzones: robustness: 64% (128 of 200 runs)"
        "\ritzones: robustness: 96% (192 of 200 runs)\ritzones: robustness: 100% (200 of 200 runs)"
        "\r\x1b[K");
  const Run quiet = cli(args);
  CHECK(quiet.code == 0);
  CHECK(quiet.err.empty());
  CHECK(quiet.out == shown.out);
}
