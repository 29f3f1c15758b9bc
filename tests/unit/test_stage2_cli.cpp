// Golden outputs of the stage-2 commands, run in-process. The golden files' numbers were checked
// by hand (tests/data/stage2/example_long.csv is the worked example of test_specialisation.cpp;
// the zones follow Table 7 / 0.999 and the stage-1 indices).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "app.hpp"

namespace {

struct Run {
  int code;
  std::string out;
  std::string err;
};

Run run(const std::vector<std::string>& args) {
  std::ostringstream out;
  std::ostringstream err;
  const int code = itzones::cli::run_cli(args, out, err);
  return {code, out.str(), err.str()};
}

std::string golden(const std::string& name) {
  std::ifstream in(std::string(ITZONES_TEST_DATA_DIR) + "/../expected/stage2/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
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
