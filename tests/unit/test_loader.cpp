// The loaders: CSV lines, indicator tables, the join of a period's files, study.json and
// load_period — all on in-memory text (files only where the function reads them itself).

#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "csv_lines.hpp"
#include "inputs.hpp"
#include "itzones/method.hpp"
#include "itzones/table.hpp"
#include "region_table_csv.hpp"
#include "study_json.hpp"

namespace {

namespace fs = std::filesystem;
using itzones::Cell;
using itzones::RegionTable;
using itzones::to_string;

const std::set<std::string> k_columns = {"grp", "employed", "rd_expenditure"};

itzones::Result<RegionTable> parse(std::string_view text, const std::string& name = "t.csv",
                                   char separator = 0) {
  itzones::io::TableOptions options;
  options.dialect.separator = separator;
  return itzones::io::parse_region_table(text, name, k_columns, options);
}

RegionTable parse_ok(std::string_view text, const std::string& name = "t.csv", char separator = 0) {
  auto table = parse(text, name, separator);
  if (!table) FAIL(to_string(table.error()));
  return *table;
}

std::string parse_error(std::string_view text, const std::string& name = "t.csv",
                        char separator = 0) {
  auto table = parse(text, name, separator);
  REQUIRE_FALSE(table.has_value());
  return to_string(table.error());
}

std::vector<std::string> ids(const RegionTable& table) {
  std::vector<std::string> out;
  for (const auto& r : table.regions) out.push_back(r.id);
  return out;
}

double value(const RegionTable& table, const std::string& column, const std::string& id) {
  const std::vector<Cell>* cells = table.column(column);
  REQUIRE(cells != nullptr);
  const auto i = table.find(id);
  REQUIRE(i.has_value());
  REQUIRE((*cells)[*i].value.has_value());
  return *(*cells)[*i].value;
}

// A folder of its own under the system temp folder, removed at the end of the test.
struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& tag)
      : path(fs::temp_directory_path() /
             ("itzones-test-" + tag + "-" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return (path / name).string();
  }
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// CSV lines

TEST_CASE("csv_lines::split_csv_line splits and unquotes") {
  using itzones::io::split_csv_line;
  CHECK(*split_csv_line("a,b,,c", ',') == std::vector<std::string>{"a", "b", "", "c"});
  CHECK(*split_csv_line("\"a,b\",\"say \"\"hi\"\"\"", ',') ==
        std::vector<std::string>{"a,b", "say \"hi\""});
  CHECK(*split_csv_line("a;\"1 417,77\"", ';') == std::vector<std::string>{"a", "1 417,77"});
  CHECK(*split_csv_line("\"\"", ',') == std::vector<std::string>{""});
  CHECK(split_csv_line("a,\"b", ',').error().message ==
        "unterminated quote in field 2 (line breaks inside quotes are not supported)");
  CHECK(split_csv_line("\"a\"b,c", ',').error().message ==
        "unexpected text after a closing quote in field 1");
}

TEST_CASE("csv_lines::detect_separator picks the most frequent of , ; tab outside quotes") {
  using itzones::io::detect_separator;
  CHECK(detect_separator("region_id,grp,employed") == ',');
  CHECK(detect_separator("region_id;grp;employed") == ';');
  CHECK(detect_separator("region_id\tgrp\temployed") == '\t');
  CHECK(detect_separator("\"a,b,c\";grp") == ';');  // commas inside quotes do not count
  CHECK(detect_separator("region_id") == ',');      // none at all: the default
}

TEST_CASE("csv_lines::read_csv reports lines, BOM and CRLF") {
  std::vector<std::pair<std::size_t, std::vector<std::string>>> seen;
  const auto header = itzones::io::read_csv(
      "\xEF\xBB\xBFname;value\r\n\r\nx;1\r\n  \r\ny;2\r\n", "f.csv", {},
      [&](const itzones::io::CsvHeader&, std::size_t line, std::vector<std::string>& fields)
          -> itzones::Result<void> {
        seen.emplace_back(line, fields);
        return {};
      });
  REQUIRE(header.has_value());
  CHECK(header->names == std::vector<std::string>{"name", "value"});
  CHECK(header->separator == ';');
  REQUIRE(seen.size() == 2);
  CHECK(seen[0] == std::pair<std::size_t, std::vector<std::string>>{3, {"x", "1"}});
  CHECK(seen[1] == std::pair<std::size_t, std::vector<std::string>>{5, {"y", "2"}});
}

// ---------------------------------------------------------------------------------------------
// Indicator tables

TEST_CASE("region_table_csv::parse_region_table takes columns in any order and ignores extras") {
  const RegionTable t = parse_ok(
      "grp,note,region_en,region_id,employed,region\n"
      "585965.4,first,Akmola,KZ-AKM,413300,Акмолинская\n"
      "\"1 173 592,9\",second,Aktobe,KZ-AKT,478500,Актюбинская\n");
  CHECK(ids(t) == std::vector<std::string>{"KZ-AKM", "KZ-AKT"});
  CHECK(t.regions[0].name == "Акмолинская");
  CHECK(t.regions[0].name_en == "Akmola");
  CHECK(value(t, "grp", "KZ-AKT") == 1173592.9);
  CHECK(value(t, "employed", "KZ-AKM") == 413300.0);
  // Only the requested numeric columns are kept; "note" is ignored, "rd_expenditure" absent.
  CHECK(t.columns.size() == 2);
  CHECK(t.column("note") == nullptr);
  CHECK(t.column("rd_expenditure") == nullptr);
  // Cells know where they came from and how many decimals they printed.
  const Cell& cell = (*t.column("grp"))[1];
  CHECK(cell.where.file == "t.csv");
  CHECK(cell.where.line == 3);
  CHECK(cell.decimals == 1);
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[1].file == "t.csv");
  CHECK(t.rows[1].line == 3);
}

TEST_CASE("region_table_csv::parse_region_table names a region by its id when no name is given") {
  const RegionTable t = parse_ok("region_id,grp\nKZ-AKM,1\n");
  CHECK(t.regions[0].name == "KZ-AKM");
  CHECK(t.regions[0].name_en.empty());
}

TEST_CASE("region_table_csv::parse_region_table detects the separator") {
  SECTION("semicolon, with comma decimal marks") {
    const RegionTable t = parse_ok("region_id;grp;employed\nKZ-AKM;585 965,4;413300\n");
    CHECK(value(t, "grp", "KZ-AKM") == 585965.4);
    CHECK(value(t, "employed", "KZ-AKM") == 413300.0);
  }
  SECTION("tab") {
    const RegionTable t = parse_ok("region_id\tgrp\nKZ-AKM\t585965,4\n");
    CHECK(value(t, "grp", "KZ-AKM") == 585965.4);
  }
  SECTION("comma, with quoted comma decimals") {
    const RegionTable t = parse_ok("region_id,grp\nKZ-AKM,\"585 965,4\"\n");
    CHECK(value(t, "grp", "KZ-AKM") == 585965.4);
  }
}

TEST_CASE("region_table_csv::parse_region_table uses an explicit separator") {
  // The header has more commas than semicolons, so detection alone would pick ','.
  const std::string text = "region_id;name, with, commas;grp\nKZ-AKM;a, b, c;7,5\n";
  const RegionTable t = parse_ok(text, "t.csv", ';');
  CHECK(value(t, "grp", "KZ-AKM") == 7.5);
  CHECK(parse_error(text) ==
        "t.csv:2: expected 3 fields separated by ',', got 4");
}

TEST_CASE("region_table_csv::parse_region_table reads quoted fields") {
  const RegionTable t = parse_ok(
      "region_id,region,grp\n"
      "KZ-AST,\"г. Астана, \"\"столица\"\"\",\"1 774 185,2\"\n");
  CHECK(t.regions[0].name == "г. Астана, \"столица\"");
  CHECK(value(t, "grp", "KZ-AST") == 1774185.2);
}

TEST_CASE("region_table_csv::parse_region_table accepts a BOM, CRLF and blank lines") {
  const RegionTable t = parse_ok(
      "\xEF\xBB\xBFregion_id,grp\r\n"
      "\r\n"
      "KZ-AKM,1.5\r\n"
      "   \r\n"
      "KZ-AKT,2\r\n"
      "\r\n");
  CHECK(ids(t) == std::vector<std::string>{"KZ-AKM", "KZ-AKT"});
  CHECK(value(t, "grp", "KZ-AKM") == 1.5);
  CHECK(value(t, "grp", "KZ-AKT") == 2.0);  // not "2\r"
  CHECK((*t.column("grp"))[1].where.line == 5);
}

TEST_CASE("region_table_csv::parse_region_table keeps missing and zero cells apart") {
  const RegionTable t = parse_ok("region_id,grp,employed\nKZ-AKM,...,-\n");
  CHECK_FALSE((*t.column("grp"))[0].value.has_value());
  CHECK(value(t, "employed", "KZ-AKM") == 0.0);
}

TEST_CASE("region_table_csv::parse_region_table errors") {
  SECTION("no region_id column: the file uses another separator than the one given") {
    CHECK(parse_error("region_id;grp\nKZ-AKM;1\n", "t.csv", ',') ==
          "t.csv:1: no \"region_id\" column in the header (read with separator ','; if the "
          "file uses another one, name it with --sep)");
  }
  SECTION("no region_id column at all") {
    CHECK(parse_error("id\tgrp\nKZ-AKM\t1\n") ==
          "t.csv:1: no \"region_id\" column in the header (read with separator tab; if the "
          "file uses another one, name it with --sep)");
  }
  SECTION("the header line is located even after blank lines") {
    CHECK(parse_error("\n\nid,grp\nKZ-AKM,1\n") ==
          "t.csv:3: no \"region_id\" column in the header (read with separator ','; if the "
          "file uses another one, name it with --sep)");
  }
  SECTION("empty file") {
    CHECK(parse_error("") == "t.csv: empty file (expected a header line)");
    CHECK(parse_error("\n \r\n\n") == "t.csv: empty file (expected a header line)");
    CHECK(parse_error("\xEF\xBB\xBF") == "t.csv: empty file (expected a header line)");
  }
  SECTION("header only") {
    CHECK(parse_error("region_id,grp\n") == "t.csv: no data rows after the header");
    CHECK(parse_error("region_id,grp\n\n\n") == "t.csv: no data rows after the header");
  }
  SECTION("field count mismatch") {
    CHECK(parse_error("region_id,grp\nKZ-AKM,1\nKZ-AKT,2,3\n") ==
          "t.csv:3: expected 2 fields separated by ',', got 3");
    CHECK(parse_error("region_id;grp\nKZ-AKM\n") ==
          "t.csv:2: expected 2 fields separated by ';', got 1");
  }
  SECTION("unterminated quote") {
    CHECK(parse_error("region_id,region,grp\nKZ-AKM,\"Akmola,1\n") ==
          "t.csv:2: unterminated quote in field 2 (line breaks inside quotes are not supported)");
  }
  SECTION("text after a closing quote") {
    CHECK(parse_error("region_id,region,grp\nKZ-AKM,\"Akmola\" region,1\n") ==
          "t.csv:2: unexpected text after a closing quote in field 2");
  }
  SECTION("non-numeric cell") {
    CHECK(parse_error("region_id,grp\nKZ-AKM,1\nKZ-AKT,12a\n") ==
          "t.csv:3: column \"grp\": expected a number, got \"12a\"");
    CHECK(parse_error("region_id,employed\nKZ-AKM,nan\n") ==
          "t.csv:2: column \"employed\": expected a number, got \"nan\"");
  }
  SECTION("a column that is not read is not checked") {
    CHECK(parse_ok("region_id,note\nKZ-AKM,12a\n").regions.size() == 1);
  }
  SECTION("duplicate region_id") {
    CHECK(parse_error("region_id,grp\nKZ-AKM,1\nKZ-AKT,2\nKZ-AKM,3\n") ==
          "t.csv:4: column \"region_id\": duplicate region \"KZ-AKM\" (first at line 2)");
  }
  SECTION("empty region_id") {
    CHECK(parse_error("region_id,grp\nKZ-AKM,1\n,2\n") ==
          "t.csv:3: column \"region_id\": empty region_id");
  }
  SECTION("a read column named twice in the header") {
    CHECK(parse_error("region_id,grp,grp\nKZ-AKM,1,2\n") ==
          "t.csv:1: column \"grp\": column appears twice in the header");
  }
}

// ---------------------------------------------------------------------------------------------
// Joining the files of one period

TEST_CASE("table::join_tables joins on region_id in the first table's order") {
  const RegionTable a = parse_ok("region_id,region,grp,employed\nKZ-AKM,Akm,10,100\nKZ-AKT,Akt,20,200\n",
                                 "a.csv");
  const RegionTable b = parse_ok("employed,region_id,rd_expenditure\n200,KZ-AKT,2\n\"100\",KZ-AKM,1\n",
                                 "b.csv");
  const auto joined = itzones::join_tables({a, b});
  REQUIRE(joined.has_value());
  CHECK(ids(*joined) == std::vector<std::string>{"KZ-AKM", "KZ-AKT"});
  CHECK(joined->regions[0].name == "Akm");
  CHECK(value(*joined, "grp", "KZ-AKT") == 20.0);
  CHECK(value(*joined, "employed", "KZ-AKT") == 200.0);
  CHECK(value(*joined, "rd_expenditure", "KZ-AKM") == 1.0);
  CHECK(value(*joined, "rd_expenditure", "KZ-AKT") == 2.0);
  // The cell keeps the location of the file it came from.
  const Cell& rd = (*joined->column("rd_expenditure"))[0];
  CHECK(rd.where.file == "b.csv");
  CHECK(rd.where.line == 3);
}

TEST_CASE("table::join_tables takes names from the first file that prints them") {
  // Only columns a file prints are compared: a file without `region` names regions by id,
  // which is no disagreement, and the joined table gets the names of the file that has them.
  const RegionTable a = parse_ok("region_id,grp\nR-A,1\nR-B,2\n", "a.csv");
  const RegionTable b = parse_ok("region_id,region,region_en,employed\nR-B,Бета,Beta,2\nR-A,Альфа,Alpha,1\n", "b.csv");
  const auto joined = itzones::join_tables({a, b});
  REQUIRE(joined.has_value());
  CHECK(ids(*joined) == std::vector<std::string>{"R-A", "R-B"});
  CHECK(joined->regions[0].name == "Альфа");
  CHECK(joined->regions[1].name_en == "Beta");
  CHECK(joined->name_columns == std::set<std::string>{"region", "region_en"});
  // Equal names in both files join.
  const RegionTable c = parse_ok("region_id,region,rd_expenditure\nR-A,Альфа,3\nR-B,Бета,4\n", "c.csv");
  CHECK(itzones::join_tables({b, c}).has_value());
}

TEST_CASE("table::join_tables accepts a shared column written differently but equal") {
  const RegionTable a = parse_ok("region_id,employed\nKZ-AKM,413300\n", "a.csv");
  const RegionTable b = parse_ok("region_id;employed\nKZ-AKM;413 300,0\n", "b.csv");
  CHECK(itzones::join_tables({a, b}).has_value());
}

TEST_CASE("table::join_tables errors") {
  const RegionTable a =
      parse_ok("region_id,grp,employed\nKZ-AKM,10,413300\nKZ-AKT,20,478500\n", "a.csv");
  SECTION("a region of the second file is not in the first") {
    const RegionTable b =
        parse_ok("region_id,rd_expenditure\nKZ-AKM,1\nKZ-AKT,2\nKZ-ALM,3\n", "b.csv");
    CHECK(to_string(itzones::join_tables({a, b}).error()) ==
          "b.csv:4: column \"region_id\": region \"KZ-ALM\" is not in a.csv");
  }
  SECTION("a region of the first file is not in the second") {
    const RegionTable b = parse_ok("region_id,rd_expenditure\nKZ-AKT,2\n", "b.csv");
    CHECK(to_string(itzones::join_tables({a, b}).error()) ==
          "a.csv:2: column \"region_id\": region \"KZ-AKM\" is not in b.csv");
  }
  SECTION("a shared column disagrees") {
    const RegionTable b =
        parse_ok("region_id,employed\nKZ-AKM,413300\nKZ-AKT,478501\n", "b.csv");
    CHECK(to_string(itzones::join_tables({a, b}).error()) ==
          "b.csv:3: column \"employed\": 478501 for region \"KZ-AKT\" disagrees with 478500 in "
          "a.csv:3");
  }
  SECTION("a shared name column disagrees (issue #2, item 4)") {
    const RegionTable pa = parse_ok("region_id,region,grp\nR-A,Alpha,1\nR-B,Beta,2\n", "pa.csv");
    const RegionTable pb = parse_ok("region_id,region,employed\nR-A,Alpha,1\nR-B,Gamma,2\n", "pb.csv");
    CHECK(to_string(itzones::join_tables({pa, pb}).error()) ==
          "pb.csv:3: column \"region\": \"Gamma\" for region \"R-B\" disagrees with \"Beta\" in pa.csv:3");
    // Names are compared as read: the loader does not trim them, so neither does the join.
    const RegionTable spaced = parse_ok("region_id,region,employed\nR-A,Alpha ,1\nR-B,Beta,2\n", "pc.csv");
    CHECK(to_string(itzones::join_tables({pa, spaced}).error()) ==
          "pc.csv:2: column \"region\": \"Alpha \" for region \"R-A\" disagrees with \"Alpha\" in pa.csv:2");
  }
  SECTION("region_en disagrees with the first file that prints it, not with the first file") {
    const RegionTable first = parse_ok("region_id,grp\nR-A,1\n", "p1.csv");
    const RegionTable second = parse_ok("region_id,region_en,employed\nR-A,Alpha,1\n", "p2.csv");
    const RegionTable third = parse_ok("region_id,rd_expenditure,region_en\nR-A,1,Alfa\n", "p3.csv");
    CHECK(to_string(itzones::join_tables({first, second, third}).error()) ==
          "p3.csv:2: column \"region_en\": \"Alfa\" for region \"R-A\" disagrees with \"Alpha\" in p2.csv:2");
  }
  SECTION("tables built in memory, without row locations") {
    RegionTable x;
    x.regions = {{"KZ-AKM", "Akmola", ""}, {"KZ-AKT", "Aktobe", ""}};
    RegionTable y;
    y.regions = {{"KZ-AKM", "Akmola", ""}};
    CHECK(to_string(itzones::join_tables({x, y}).error()) ==
          "<table>: column \"region_id\": region \"KZ-AKT\" is not in <table>");
    CHECK(to_string(itzones::join_tables({y, x}).error()) ==
          "<table>: column \"region_id\": region \"KZ-AKT\" is not in <table>");
  }
  SECTION("no tables") {
    CHECK(to_string(itzones::join_tables({}).error()) ==
          "itzones: error: no input tables for the period");
  }
}

// ---------------------------------------------------------------------------------------------
// study.json

TEST_CASE("study_json::parse_study reads a study") {
  const auto study = itzones::io::parse_study(R"({
  "name": "Test study",
  "periods": [
    {"period": "2010", "files": ["a.csv", "sub/b.csv"]},
    {"period": "2014", "files": ["c.csv"]}
  ],
  "published": {
    "file": "pub.csv",
    "tolerance": {"2010": 0.01, "2014": 0.02},
    "known_inconsistencies": [{"period": "2014", "region_id": "KZ-YUZ", "reason": "why"}]
  }
})",
                                              "study.json", "/data/s");
  if (!study) FAIL(to_string(study.error()));
  CHECK(study->name == "Test study");
  CHECK(study->method == "kireyeva2017");  // the default
  REQUIRE(study->periods.size() == 2);
  CHECK(study->periods[0].period == "2010");
  CHECK(study->periods[0].files == std::vector<std::string>{"/data/s/a.csv", "/data/s/sub/b.csv"});
  CHECK(study->periods[1].files == std::vector<std::string>{"/data/s/c.csv"});
  CHECK(study->published == "/data/s/pub.csv");
  CHECK(study->tolerance == std::map<std::string, double>{{"2010", 0.01}, {"2014", 0.02}});
  REQUIRE(study->known_inconsistencies.size() == 1);
  CHECK(study->known_inconsistencies[0].region_id == "KZ-YUZ");
  CHECK(study->known_inconsistencies[0].reason == "why");
}

TEST_CASE("study_json::parse_study errors") {
  const auto error = [](std::string_view text) {
    const auto study = itzones::io::parse_study(text, "study.json", "/data/s");
    REQUIRE_FALSE(study.has_value());
    return to_string(study.error());
  };
  SECTION("syntax error, located by line and column") {
    // Line 3 is `  "periods": [,`: the ',' at column 15 cannot start a value.
    CHECK(error("{\n  \"name\": \"x\",\n  \"periods\": [,\n") ==
          "study.json:3:15: invalid JSON: syntax error while parsing value - unexpected ','; "
          "expected '[', '{', or a literal");
  }
  SECTION("truncated document") {
    // The document ends after `{` and a line break: line 2, column 1.
    CHECK(error("{\n") ==
          "study.json:2:1: invalid JSON: syntax error while parsing object key - unexpected "
          "end of input; expected string literal");
  }
  SECTION("wrong type at a JSON path") {
    CHECK(error(R"({"name": "x", "periods": [{"period": "2010", "files": "a.csv"}]})") ==
          "study.json: at /periods/0/files: expected an array of file names");
    CHECK(error(R"({"name": "x", "periods": [{"period": 2010, "files": ["a.csv"]}]})") ==
          "study.json: at /periods/0/period: expected a string such as \"2014\"");
    CHECK(error(R"({"name": "x", "periods": [{"period": "2010", "files": ["a.csv", 3]}]})") ==
          "study.json: at /periods/0/files/1: expected a file name");
    CHECK(error(R"({"name": "x", "periods": [{"period": "2010", "files": ["a.csv"]}],
                    "published": {"file": "p.csv", "tolerance": {"2010": -1}}})") ==
          "study.json: at /published/tolerance/2010: expected a non-negative number");
    CHECK(error("[1, 2]") == "study.json: at /: expected an object");
  }
  SECTION("missing key") {
    CHECK(error(R"({"periods": [{"period": "2010", "files": ["a.csv"]}]})") ==
          "study.json: at /name: missing; expected a string");
    CHECK(error(R"({"name": "x", "periods": [{"files": ["a.csv"]}]})") ==
          "study.json: at /periods/0/period: missing; expected a string such as \"2014\"");
    CHECK(error(R"({"name": "x"})") ==
          "study.json: at /periods: missing; expected an array of periods");
  }
  SECTION("empty lists") {
    CHECK(error(R"({"name": "x", "periods": []})") ==
          "study.json: at /periods: expected at least one period");
    CHECK(error(R"({"name": "x", "periods": [{"period": "2010", "files": []}]})") ==
          "study.json: at /periods/0/files: expected at least one file");
  }
}

TEST_CASE("study_json::load_study reports an unreadable file") {
  const TempDir dir("load-study");
  const fs::path missing = dir.path / "nope.json";
  const auto study = itzones::io::load_study(missing);
  REQUIRE_FALSE(study.has_value());
  CHECK(to_string(study.error()) == missing.string() + ": cannot read: No such file or directory");
}

// ---------------------------------------------------------------------------------------------
// Loading a period from files

TEST_CASE("inputs::load_period joins the files of a period") {
  const TempDir dir("load-period");
  const std::string a = dir.write("a.csv",
                                  "region_id,grp,employed,fixed_assets,emissions\n"
                                  "R1,100,1000,50,2\n"
                                  "R2,50,1000,50,5\n");
  const std::string b = dir.write("b.csv",
                                  "region_id;employed;rd_expenditure;tech_innovation_expenditure;"
                                  "innovative_output;population\n"
                                  "R2;1000;1;1;1;1000\n"
                                  "R1;1 000;2;2;2;1000\n");
  const auto input =
      itzones::io::load_period("2020", {a, b}, itzones::kireyeva2017(), itzones::io::TableOptions{});
  if (!input) FAIL(to_string(input.error()));
  CHECK(input->period == "2020");
  CHECK(ids(input->table) == std::vector<std::string>{"R1", "R2"});
  CHECK(value(input->table, "population", "R1") == 1000.0);
}

TEST_CASE("inputs::load_period names an indicator that no file can form") {
  const TempDir dir("load-period-missing");
  // No fixed_assets and no published capital_productivity.
  const std::string a = dir.write("a.csv",
                                  "region_id,grp,employed,emissions,rd_expenditure,"
                                  "tech_innovation_expenditure,innovative_output,population\n"
                                  "R1,100,1000,2,1,1,1,1000\n");
  const auto input =
      itzones::io::load_period("2020", {a}, itzones::kireyeva2017(), itzones::io::TableOptions{});
  REQUIRE_FALSE(input.has_value());
  CHECK(to_string(input.error()) ==
        "itzones: error: 2020: indicator \"capital_productivity\" needs columns \"grp\" and "
        "\"fixed_assets\", or column \"capital_productivity\"; none of these files has them: " +
            a);
}

TEST_CASE("inputs::load_period reports an unreadable file") {
  const TempDir dir("load-period-unreadable");
  const std::string missing = (dir.path / "absent.csv").string();
  const auto input = itzones::io::load_period("2020", {missing}, itzones::kireyeva2017(),
                                              itzones::io::TableOptions{});
  REQUIRE_FALSE(input.has_value());
  CHECK(to_string(input.error()) == missing + ": cannot read: No such file or directory");
}

TEST_CASE("inputs::find_method knows the built-in method only") {
  CHECK(itzones::io::find_method("kireyeva2017").has_value());
  CHECK(to_string(itzones::io::find_method("karachurina2010").error()) ==
        "itzones: error: unknown method \"karachurina2010\" (built-in: kireyeva2017)");
}
