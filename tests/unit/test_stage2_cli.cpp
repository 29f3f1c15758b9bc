// Golden outputs of the stage-2 commands, run in-process. The golden files' numbers were checked
// by hand (tests/data/stage2/example_long.csv is the worked example of test_specialisation.cpp;
// the zones follow Table 7 / 0.999 and the stage-1 indices).
#include <catch2/catch.hpp>

#include "app.hpp"
#include "cli_capture.hpp"

namespace {

using itzones::test::Run;

Run run(const std::vector<std::string>& args) { return itzones::test::cli(args); }

std::string golden(const std::string& name) {
  return itzones::test::read(std::string(ITZONES_TEST_DATA_DIR) + "/../expected/stage2/" + name);
}

const std::string k_data = ITZONES_TEST_DATA_DIR "/stage2/";

}  // namespace

TEST_CASE("cli specialize: the worked example, 2014, as CSV") {
  const Run r = run({"specialize", k_data + "example_long.csv", "--year", "2014", "--format", "csv", "--measures",
                     "share_of_national_industry,location_quotient,krugman_specialisation_vs_nation,"
                     "krugman_specialisation_vs_rest_of_country,krugman_concentration,hhi_raw"});
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == golden("specialize_example_2014.csv"));
}

TEST_CASE("cli zones: the bundled study with the default rule, as CSV") {
  const Run r = run({"zones", "--format", "csv"});
  CHECK(r.code == 0);
  CHECK(r.out == golden("zones_kazakhstan.csv"));
}

TEST_CASE("cli stage 2: errors exit with code 2 and name the place") {
  const Run dup = run({"specialize", k_data + "duplicate.csv"});
  CHECK(dup.code == 2);
  CHECK(dup.err == k_data + "duplicate.csv:4: duplicate row for region \"A\", industry \"J\", year 2014 (first at line 2)\n");
  const Run measure = run({"specialize", k_data + "example_long.csv", "--measures", "ksi"});
  CHECK(measure.code == 2);
  CHECK(measure.err.starts_with("itzones: error: --measures: unknown measure \"ksi\" (known: share_of_national_industry, "));
  const Run single = run({"specialize", k_data + "example_long.csv", "--year", "2010", "--industry", "J"});
  CHECK(single.code == 0);  // 2010 has two regions
  const Run year = run({"specialize", k_data + "example_long.csv", "--year", "2012"});
  CHECK(year.code == 2);
  CHECK(year.err == k_data + "example_long.csv: no year \"2012\" (years: 2010, 2014)\n");
  const Run rule = run({"zones", "--it-measure", "entropy"});
  CHECK(rule.code == 2);
  CHECK(rule.err == "itzones: error: --it-measure: unknown measure \"entropy\"\n");
}

TEST_CASE("cli reproduce: Table 7 is checked after Table 6") {
  const Run r = run({"reproduce"});
  CHECK(r.code == 0);
  CHECK(r.out.find("2010: published shares sum to 1.000 (11 printed numbers at 3 decimals: |sum - 1| <= 0.0055): OK; "
                   "16 of 16 computed shares equal the published to the printed rounding\n") != std::string::npos);
  CHECK(r.out.find("2014: published shares sum to 0.999 (13 printed numbers at 3 decimals: |sum - 1| <= 0.0065): OK; "
                   "15 of 16 computed shares equal the published to the printed rounding\n") != std::string::npos);
  CHECK(r.out.ends_with("shares: OK\n"));
}

TEST_CASE("cli specialize: notes go to stderr with CSV, which has no place for them") {
  // absent_region.csv: region C has rows in 2010, none in 2014. 2014: A = 20 + 30 + 50, B = 5 + 50 + 20;
  // J's national total 25, so A's share 20/25 = 0.8 and B's 5/25 = 0.2 (6 decimals in CSV).
  const std::string file = k_data + "absent_region.csv";
  const std::string note = "itzones: note: 2014: 1 region absent from this year but present in other years of the file: C\n";
  const Run csv = run({"specialize", file, "--format", "csv", "--measures", "share_of_national_industry"});
  CHECK(csv.code == 0);
  CHECK(csv.err == note);
  CHECK(csv.out.find("note") == std::string::npos);
  CHECK(csv.out.find("2014,1,A,A,0.800000\n2014,2,B,B,0.200000\n") != std::string::npos);
  const itzones::test::TempPath dir("notes");
  const Run files = run({"specialize", file, "--format", "csv", "--measures", "share_of_national_industry", "-o",
                         dir.path.string()});
  CHECK(files.code == 0);
  CHECK(files.err == note);
  CHECK(itzones::test::read(dir.path / "specialisation-regions-2014.csv").starts_with("period,rank,region_id"));
  // the table carries the note itself
  const Run table = run({"specialize", file, "--measures", "share_of_national_industry"});
  CHECK(table.err.empty());
  CHECK(table.out.ends_with("note: 2014: 1 region absent from this year but present in other years of the file: C\n"));
  // a policy's note; the file has no year and no --period names one, so no period is shown
  const Run zero = run({"specialize", k_data + "absent_cell.csv", "--missing", "zero", "--format", "csv"});
  CHECK(zero.code == 0);
  CHECK(zero.err == "itzones: note: 1 missing cell read as 0 (missing-value policy \"zero\"): C/F\n");
  CHECK(zero.out.starts_with("period,rank,region_id,region,"));
  CHECK(zero.out.find("\ninput,1,") != std::string::npos);
}

TEST_CASE("cli specialize: an unnamed period is left out of messages") {
  const Run missing = run({"specialize", k_data + "absent_cell.csv"});
  CHECK(missing.code == 2);
  CHECK(missing.err == k_data + "absent_cell.csv: no value for region \"C\", industry \"F\"; choose a missing-value "
                                "policy: zero, drop-region or drop-industry\n");
  const Run year = run({"specialize", k_data + "absent_cell.csv", "--year", "2014"});
  CHECK(year.code == 2);
  CHECK(year.err == k_data + "absent_cell.csv: no year \"2014\": the file has no \"year\" column\n");
  const Run named = run({"specialize", k_data + "absent_cell.csv", "--period", "2014"});
  CHECK(named.err == k_data + "absent_cell.csv: no value for region \"C\", industry \"F\" in 2014; choose a "
                              "missing-value policy: zero, drop-region or drop-industry\n");
}

// The paper's Table 7 as printed: 2010 sums to 1.000, 2014 to 0.999 (0.634 + 0.192 + 0.056 + 0.055 +
// 0.034 + 0.009 + 0.005 + 0.005 + 0.004 + 0.004 + 0.001), so a region's share of national IT output
// is its value / 0.999 in 2014: Almaty 0.634 / 0.999 = 0.634635, Astana 0.192 / 0.999 = 0.192192.
TEST_CASE("cli run: the bundled study prints the rating, then the specialisation, then the zones") {
  const Run r = run({"run"});
  CHECK(r.code == 0);
  const auto rating = r.out.find("2014 — Indicators as % of the best region\n");
  const auto spec = r.out.find("2014 — Specialisation of regions, target industry (IT)\n");
  const auto zones = r.out.find("2014 — Recommended IT-cluster zones (rule: Index ≥ 30.00; "
                                "share_of_national_industry ≥ 3.0%)\n");
  REQUIRE(rating != std::string::npos);
  REQUIRE(spec != std::string::npos);
  REQUIRE(zones != std::string::npos);
  CHECK(rating < spec);
  CHECK(spec < zones);
  CHECK(r.out.find("   1  KZ-ALA  Almaty               0.635\n", spec) < zones);
  // Almaty: index 65.67 >= 30 and 63.5% >= 3%: a growth pole
  CHECK(r.out.find("growth pole       KZ-ALA  Almaty            65.67  B++       0.635\n", zones) != std::string::npos);

  const Run csv = run({"run", "--format", "csv"});
  CHECK(csv.code == 0);
  CHECK(csv.out.find("period,rank,region_id,region,share_of_national_industry\n"
                     "2010,1,KZ-ALA,Almaty,0.683000\n") != std::string::npos);
  CHECK(csv.out.find("period,rank,region_id,region,share_of_national_industry\n"
                     "2014,1,KZ-ALA,Almaty,0.634635\n2014,2,KZ-AST,Astana,0.192192\n") != std::string::npos);
  CHECK(csv.out.find("\nzone,region_id,region,index,class,share_of_national_industry,") != std::string::npos);
}

TEST_CASE("cli run -o: the specialisation and the zones are written beside the rating as CSV") {
  const itzones::test::TempPath dir("run-csv");
  const Run r = run({"run", "--format", "csv", "-o", dir.path.string()});
  CHECK(r.code == 0);
  for (const char* name : {"rating-summary.csv", "specialisation-regions-2010.csv", "specialisation-industries-2010.csv",
                           "specialisation-regions-2014.csv", "specialisation-industries-2014.csv", "zones.csv"}) {
    CHECK(r.out.find((dir.path / name).string() + "\n") != std::string::npos);
  }
  const std::string regions = itzones::test::read(dir.path / "specialisation-regions-2014.csv");
  CHECK(regions.starts_with("period,rank,region_id,region,share_of_national_industry\n2014,1,KZ-ALA,Almaty,0.634635\n"));
  // Pavlodar 0.001 / 0.999 = 0.001001, which 3 decimals printed as 0.001 and 6 keep
  CHECK(regions.find("\n2014,11,KZ-PAV,Pavlodar,0.001001\n") != std::string::npos);
  const std::string zones = itzones::test::read(dir.path / "zones.csv");
  CHECK(zones.find("\ngrowth_pole,KZ-ALA,") != std::string::npos);
}

TEST_CASE("cli specialize --help: --stream reads a cell without a row as 0, whatever --missing says") {
  const Run r = run({"specialize", "--help"});
  CHECK(r.code == 0);
  CHECK(r.out.find("a cell without a row is 0, even with --missing error") != std::string::npos);
  CHECK(r.out.find("with --stream only empty or NA values, not cells without a row") != std::string::npos);
}

TEST_CASE("cli zones: a value and a threshold print apart when they compare") {
  // Aktobe 2014: Table 7 prints 0.034 and the column sums to 0.999, so its share is
  // 0.034 / 0.999 = 3.4034%; against 3.41% both print 3.4 at 1 decimal, so 2 decimals.
  const Run it = run({"zones", "--it-threshold", "0.0341", "--format", "csv"});
  CHECK(it.code == 0);
  CHECK(it.out.find("KZ-AKT,Aktobe,32.80,C++,0.034034,class C++ (32.80) ≥ 30.00; 3.40% of national IT output < 3.41%,") !=
        std::string::npos);
  const Run title = run({"zones", "--it-threshold", "0.0341"});  // the rule, in the table's title
  CHECK(title.out.starts_with("2014 — Recommended IT-cluster zones (rule: Index ≥ 30.00; share_of_national_industry ≥ 3.41%)\n"));
  // West Kazakhstan 0.055 / 0.999 = 5.5055% prints apart from 3.41% at the default 1 decimal.
  CHECK(it.out.find("5.5% of national IT output ≥ 3.4%") != std::string::npos);
  // East Kazakhstan 2014: index 29.60578 (recomputed from Tables 4-5 in Python; the paper
  // prints 29.62), against 29.606: 29.61 = 29.61, 29.606 = 29.606, then 29.6058 < 29.6060.
  const Run rating = run({"zones", "--rating-threshold", "29.606", "--format", "csv"});
  CHECK(rating.code == 0);
  CHECK(rating.out.find("class C+ (29.6058) < 29.6060; 0.5% of national IT output < 3.0%") != std::string::npos);
  CHECK(rating.out.find("class C++ (32.80) ≥ 29.61;") != std::string::npos);  // Aktobe 32.7964
}

TEST_CASE("cli zones: location_quotient of the study's IT-only Table 7 says why it cannot be computed") {
  const std::string study = ITZONES_DATA_DIR "/kazakhstan/study.json";
  for (const char* command : {"zones", "run"}) {
    INFO(command);
    const Run r = run({command, study, "--it-measure", "location_quotient"});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.ends_with("itzones: error: 2010: the zone rule's location_quotient needs the whole economy's "
                          "industries; the stage-2 input for 2010 (" ITZONES_DATA_DIR
                          "/kazakhstan/table7_published.csv) has the target industry only — use "
                          "share_of_national_industry\n"));
  }
}

TEST_CASE("cli zones: a printed dash reads as no IT output, a printed 0 as 0.0%") {
  // Table 7 prints "-" for Atyrau, Kostanay and Kyzylorda in 2014 and 0 for Karaganda and Akmola.
  const Run en = run({"zones", "--format", "csv"});
  CHECK(en.out.find("KZ-ATY,Atyrau,42.20,B,0.000000,class B (42.20) ≥ 30.00; no IT output (printed -) < 3.0%,") !=
        std::string::npos);
  CHECK(en.out.find("class C++ (33.54) ≥ 30.00; 0.0% of national IT output < 3.0%,") != std::string::npos);
  const Run ru = run({"zones", "--format", "csv", "--lang", "ru"});
  CHECK(ru.out.find("класс B (42.20) ≥ 30.00; нет объёма отрасли IT (напечатано «-») < 3.0%") != std::string::npos);
  CHECK(ru.out.find("класс C++ (33.54) ≥ 30.00; 0.0% национального объёма отрасли IT < 3.0%") != std::string::npos);
  const Run json = run({"zones", "--format", "json"});
  CHECK(json.out.find("\"reason\": \"class B (42.20) ≥ 30.00; no IT output (printed -) < 3.0%\"") != std::string::npos);
}
