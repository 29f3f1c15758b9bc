// Hostile inputs and safe outputs (issue #8): encodings, totals rows, decimal marks, and
// temporary output files removed on a signal. The CLI-level cases are in tests/bad/.

#include <catch2/catch.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>

#include "files.hpp"
#include "itzones/number.hpp"
#include "number_cells.hpp"
#include "study_json.hpp"
#include "temp_files.hpp"
#include "text_encoding.hpp"
#include "totals_row.hpp"

namespace {

namespace fs = std::filesystem;
using itzones::DecimalMark;

std::string encoding_error(std::string_view text) {
  const auto checked = itzones::io::check_utf8_text(text, "t.csv");
  REQUIRE_FALSE(checked.has_value());
  return to_string(checked.error());
}

// A fresh empty folder under the system temp folder, removed at scope exit.
struct TempDir {
  fs::path path = fs::temp_directory_path() / ("itzones-test-" + std::to_string(::getpid()));
  TempDir() {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("text_encoding::check_utf8_text accepts UTF-8") {
  CHECK(itzones::io::check_utf8_text("", "t.csv").has_value());
  CHECK(itzones::io::check_utf8_text("\xEF\xBB\xBFregion_id\nKZ-AKM,Акмолинская,\u00a0\u2026\U0001F600\n", "t.csv")
            .has_value());
}

TEST_CASE("text_encoding::check_utf8_text names the encoding it recognises") {
  CHECK(encoding_error("\xFF\xFEr\0e\0g\0") ==
        "t.csv:1: not UTF-8 (UTF-16 byte-order mark); convert with iconv -f utf-16 -t utf-8");
  CHECK(encoding_error(std::string_view("r\0e\0g\0i\0o\0n\0", 12)) ==
        "t.csv:1: not UTF-8 (NUL bytes between characters: looks like UTF-16); convert with "
        "iconv -f utf-16 -t utf-8");
  // "Акмолинская" in Windows-1251, on line 2.
  CHECK(encoding_error("region_id,region\nKZ-AKM,\xC0\xEA\xEC\xEE\xEB\xE8\xED\xF1\xEA\xE0\xFF\n") ==
        "t.csv:2: not UTF-8 (looks like Windows-1251); convert with iconv -f cp1251 -t utf-8");
  CHECK(encoding_error(std::string_view("region_id\nKZ\0\n", 13)) ==
        "t.csv:2: not UTF-8 (a NUL byte at byte 3 of the line): not a text file");
}

TEST_CASE("text_encoding::check_utf8_text rejects malformed UTF-8") {
  CHECK(encoding_error("ab\x80") == "t.csv:1: not UTF-8 (invalid byte 0x80 at byte 3 of the line)");
  CHECK(encoding_error("\xD0\x90\xD0") == "t.csv:1: not UTF-8 (invalid byte 0xD0 at byte 3 of the line)");
  CHECK(encoding_error("x\xC0\xAF") == "t.csv:1: not UTF-8 (invalid byte 0xC0 at byte 2 of the line)");  // overlong
  CHECK(encoding_error("\xED\xA0\x80") == "t.csv:1: not UTF-8 (invalid byte 0xED at byte 1 of the line)");  // surrogate
  CHECK(encoding_error("\xF4\x90\x80\x80") == "t.csv:1: not UTF-8 (invalid byte 0xF4 at byte 1 of the line)");  // > U+10FFFF
}

TEST_CASE("totals_row::is_totals_name") {
  for (const char* name : {"Республика Казахстан", "РЕСПУБЛИКА КАЗАХСТАН", "Казахстан", "РК", "Итого",
                           "ИТОГО:", "Всего по республике", "Total", "TOTAL", "total (all regions)",
                           "Republic of Kazakhstan", "KZ", " kz "}) {
    INFO(name);
    CHECK(itzones::io::is_totals_name(name));
  }
  for (const char* name : {"KZ-AKM", "Акмолинская", "Totalitarian", "Всеволожск", "Алматы", "", "Kazakhstan West"}) {
    INFO(name);
    CHECK_FALSE(itzones::io::is_totals_name(name));
  }
}

TEST_CASE("number::parse_number with a decimal mark given") {
  const auto value = [](std::string_view text, DecimalMark mark) {
    const auto parsed = itzones::parse_number(text, {}, mark);
    REQUIRE(parsed.has_value());
    return *parsed->value;
  };
  const auto rejected = [](std::string_view text, DecimalMark mark) {
    return !itzones::parse_number(text, {}, mark).has_value();
  };
  CHECK(value("1,234", DecimalMark::point) == 1234.0);
  CHECK(value("1,234,567.5", DecimalMark::point) == 1234567.5);
  CHECK(value("1.234", DecimalMark::comma) == 1234.0);
  CHECK(value("1.234.567,5", DecimalMark::comma) == 1234567.5);
  CHECK(value("1 234,5", DecimalMark::comma) == 1234.5);
  CHECK(value("1,234", DecimalMark::comma) == 1.234);
  CHECK(rejected("1,5", DecimalMark::point));    // not a group of three
  CHECK(rejected("1.5", DecimalMark::comma));
  CHECK(rejected("1,23,456", DecimalMark::point));
  CHECK(rejected("1.234,5", DecimalMark::point));
}

TEST_CASE("number::parse_number reports the mark and whether it is ambiguous") {
  const auto parsed = [](std::string_view text) {
    auto p = itzones::parse_number(text);
    REQUIRE(p.has_value());
    return *p;
  };
  CHECK(parsed("1,234").ambiguous);
  CHECK(parsed("-12.500").ambiguous);
  CHECK(parsed("1,234").mark == ',');
  CHECK(parsed("1.5").mark == '.');
  CHECK(parsed("12").mark == 0);
  CHECK_FALSE(parsed("0,123").ambiguous);     // a thousands group never follows a lone 0
  CHECK_FALSE(parsed("1234,567").ambiguous);  // four digits before: not a thousands group
  CHECK_FALSE(parsed("1 234,567").ambiguous); // grouped by spaces: the comma is the mark
  CHECK_FALSE(parsed("1,2345").ambiguous);
  CHECK_FALSE(itzones::parse_number("1,234", {}, DecimalMark::comma)->ambiguous);
}

TEST_CASE("number_cells::NumberCells settles \"1,234\" by the file's other cells") {
  const itzones::MissingConventions conventions;
  const auto finish_error = [](const itzones::io::NumberCells& cells) {
    const auto finished = cells.finish();
    REQUIRE_FALSE(finished.has_value());
    return to_string(finished.error());
  };
  SECTION("an ambiguous cell follows the mark the other cells show") {
    itzones::io::NumberCells cells("t.csv", conventions, DecimalMark::either);
    CHECK(*cells.parse("1,234", 2, "grp")->value == 1.234);
    CHECK(cells.parse("0,5", 3, "grp").has_value());
    CHECK(cells.finish().has_value());
  }
  SECTION("unambiguous cells may mix the marks") {
    itzones::io::NumberCells cells("t.csv", conventions, DecimalMark::either);
    CHECK(cells.parse("1 173 592,9", 2, "grp").has_value());
    CHECK(cells.parse("0.66", 3, "grp").has_value());
    CHECK(cells.finish().has_value());
  }
  SECTION("ambiguous with nothing to tell") {
    itzones::io::NumberCells cells("t.csv", conventions, DecimalMark::either);
    CHECK(cells.parse("12", 2, "grp").has_value());
    CHECK(cells.parse("1.234", 3, "employed").has_value());
    CHECK(finish_error(cells) ==
          "t.csv:3: column \"employed\": \"1.234\" is ambiguous: '.' may be the decimal mark or "
          "group thousands, and no other cell shows which; give --decimal comma or --decimal point");
  }
  SECTION("the other cells use the other mark") {
    itzones::io::NumberCells cells("t.csv", conventions, DecimalMark::either);
    CHECK(cells.parse("1,234", 2, "grp").has_value());
    CHECK(cells.parse("2.5", 3, "employed").has_value());
    CHECK(finish_error(cells) ==
          "t.csv:2: column \"grp\": \"1,234\" is ambiguous: ',' may be the decimal mark or "
          "group thousands, and \"2.5\" (line 3, column \"employed\") has '.' as the decimal mark; "
          "give --decimal comma or --decimal point");
  }
  SECTION("the other cells use both marks") {
    itzones::io::NumberCells cells("t.csv", conventions, DecimalMark::either);
    CHECK(cells.parse("0,5", 2, "grp").has_value());
    CHECK(cells.parse("0.5", 3, "grp").has_value());
    CHECK(cells.parse("7.250", 4, "grp").has_value());
    CHECK(finish_error(cells) ==
          "t.csv:4: column \"grp\": \"7.250\" is ambiguous: '.' may be the decimal mark or "
          "group thousands, and \"0,5\" (line 2, column \"grp\") has ',' as the decimal mark; "
          "give --decimal comma or --decimal point");
  }
  SECTION("a given mark makes nothing ambiguous") {
    itzones::io::NumberCells cells("t.csv", conventions, DecimalMark::point);
    CHECK(*cells.parse("1,234", 2, "grp")->value == 1234.0);
    CHECK(cells.finish().has_value());
  }
}

TEST_CASE("study_json::parse_study reports a number beyond a double (a fuzz finding)") {
  // nlohmann throws out_of_range, not parse_error, for 1e999: it used to abort the program.
  const auto study = itzones::io::parse_study("{\"name\": \"x\",\n \"periods\": 1e999}", "s.json", ".");
  REQUIRE_FALSE(study.has_value());
  CHECK(to_string(study.error()) == "s.json:2:13: invalid JSON: number overflow parsing '1e999'");
}

TEST_CASE("temp_files::TemporaryFiles removes its files when the process is killed") {
  const TempDir dir;
  const fs::path tmp = dir.path / ".out.csv.tmp";
  int ready[2];
  REQUIRE(::pipe(ready) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    const itzones::io::TemporaryFiles temporaries({tmp});
    std::ofstream(tmp) << "half-written";
    const char byte = 1;
    (void)!::write(ready[1], &byte, 1);
    ::pause();
    ::_exit(0);
  }
  char byte = 0;
  REQUIRE(::read(ready[0], &byte, 1) == 1);
  CHECK(fs::exists(tmp));
  ::kill(child, SIGTERM);
  int status = 0;
  ::waitpid(child, &status, 0);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
  CHECK_FALSE(fs::exists(tmp));
  ::close(ready[0]);
  ::close(ready[1]);
}

TEST_CASE("files::write_outputs replaces outputs whole and refuses to overwrite inputs") {
  const TempDir dir;
  std::ofstream(dir.path / "a.csv") << "old a";
  std::ofstream(dir.path / "input.csv") << "input";
  const auto refused = itzones::io::write_outputs(dir.path, {{"a.csv", "new a"}, {"input.csv", "x"}},
                                                  {dir.path / "input.csv"});
  REQUIRE_FALSE(refused.has_value());
  CHECK(refused.error().message == "refusing to overwrite an input file with an output");
  const auto written = itzones::io::write_outputs(dir.path, {{"a.csv", "new a"}, {"b.csv", "new b"}}, {});
  REQUIRE(written.has_value());
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator(dir.path)) {
    ++count;
    CHECK(entry.path().filename().string().find("tmp") == std::string::npos);
  }
  CHECK(count == 3);
  std::ifstream a(dir.path / "a.csv");
  CHECK(std::string(std::istreambuf_iterator<char>(a), {}) == "new a");
}
