// Stage-2 loader: the three layouts, duplicates, negative values, missing cells and the policies.
#include <catch2/catch.hpp>

#include "industry_csv.hpp"
#include "specialisation_inputs.hpp"

using namespace itzones;
using namespace itzones::io;

namespace {

Result<std::vector<IndustryTable>> parse(const std::string& text, IndustryCsvOptions options = {}) {
  return parse_industry_csv(text, "data.csv", options);
}

std::string error_of(const std::string& text, MissingPolicy policy = MissingPolicy::error) {
  auto tables = parse(text);
  if (!tables) return to_string(tables.error());
  auto m = complete(tables->front(), policy);
  return m ? std::string("no error") : to_string(m.error());
}

}  // namespace

TEST_CASE("industry_csv: long layout with years, one table per year in ascending order") {
  auto tables = parse(
      "region_id,industry,year,value\n"
      "A,J,2014,20\nA,M,2014,80\nB,J,2014,10\nB,M,2014,90\n"
      "A,J,2010,5\nA,M,2010,95\nB,J,2010,1\nB,M,2010,99\n");
  REQUIRE(tables);
  REQUIRE(tables->size() == 2);
  CHECK((*tables)[0].period == "2010");
  CHECK((*tables)[1].period == "2014");
  const IndustryTable& t = (*tables)[1];
  CHECK(t.coverage == Coverage::economy);
  CHECK(t.industries == std::vector<std::string>{"J", "M"});
  CHECK(*t.cells[1][1].value == 90);
  CHECK(t.cells[1][1].where.line == 5);
}

TEST_CASE("industry_csv: wide and target-only layouts") {
  auto wide = parse("region_id;region;J;M\nA;Alpha;1,5;2\nB;Beta;3;4\n");
  REQUIRE(wide);
  CHECK(wide->front().industries == std::vector<std::string>{"J", "M"});
  CHECK(wide->front().regions[0].name == "Alpha");
  CHECK(*wide->front().cells[0][0].value == 1.5);
  auto target = parse("region_id,it_output\nA,10\nB,-\n", IndustryCsvOptions{{}, "IT", "", "2014"});
  REQUIRE(target);
  CHECK(target->front().coverage == Coverage::target_only);
  CHECK(target->front().period == "2014");
  CHECK(target->front().industries == std::vector<std::string>{"IT"});
  CHECK(*target->front().cells[1][0].value == 0);  // "-": no such phenomenon
  auto named = parse("region_id,ksi_2014\nA,0.5\nB,0.5\n", IndustryCsvOptions{{}, "IT", "ksi_2014", ""});
  REQUIRE(named);
  CHECK(named->front().value_column == "ksi_2014");
}

TEST_CASE("industry_csv: input errors name file, line and column") {
  CHECK(error_of("region_id,industry,value\nA,J,1\nA,J,2\n") ==
        "data.csv:3: duplicate row for region \"A\", industry \"J\" (first at line 2)");
  CHECK(error_of("region_id,industry,year,value\nA,J,2014,1\nA,J,2014,2\n") ==
        "data.csv:3: duplicate row for region \"A\", industry \"J\", year 2014 (first at line 2)");
  CHECK(error_of("region_id,J,M\nA,1,2\nA,3,4\n") ==
        "data.csv:3: column \"region_id\": duplicate region \"A\" (first at line 2)");
  CHECK(error_of("region_id,industry,value\nA,J,12a\n") == "data.csv:2: column \"value\": expected a number, got \"12a\"");
  CHECK(error_of("region_id,industry,value\nA,J,-3\nB,J,1\n") ==
        "data.csv:2: column \"value\": expected a non-negative value, got -3");
  CHECK(error_of("region_id,J,M\nA,1,-2\nB,1,1\n") == "data.csv:2: column \"M\": expected a non-negative value, got -2");
  CHECK(error_of("region,industry,value\nA,J,1\n") ==
        "data.csv:1: no \"region_id\" column in the header (read with separator ',')");
  CHECK(error_of("region_id,industry\nA,J\n") == "data.csv:1: no \"value\" column in the header (read with separator ',')");
  CHECK(error_of("region_id,industry,value\n,J,1\n") == "data.csv:2: column \"region_id\": empty region_id");
  CHECK(error_of("region_id,industry,value\n") == "data.csv: no data rows after the header");
}

TEST_CASE("industry_csv: missing cells stop unless a policy is chosen") {
  const std::string text = "region_id,industry,value\nA,J,1\nA,M,NA\nB,J,2\nB,M,3\nC,J,4\n";
  CHECK(error_of(text) ==
        "data.csv:3: column \"value\": missing value for region \"A\", industry \"M\"; choose a missing-value "
        "policy: zero, drop-region or drop-industry");
  // C has no M row at all: absent, no line
  CHECK(error_of("region_id,industry,value\nA,J,1\nA,M,1\nC,J,4\n") ==
        "data.csv: no value for region \"C\", industry \"M\"; choose a missing-value policy: zero, drop-region or "
        "drop-industry");
  auto tables = parse(text);
  REQUIRE(tables);
  SECTION("zero") {
    auto m = complete(tables->front(), MissingPolicy::zero);
    REQUIRE(m);
    CHECK(m->values == std::vector<std::vector<double>>{{1, 0}, {2, 3}, {4, 0}});
    CHECK(m->notes == std::vector<std::string>{"2 missing cells read as 0 (missing-value policy \"zero\"): A/M, C/M"});
  }
  SECTION("drop-region") {
    auto m = complete(tables->front(), MissingPolicy::drop_region);
    REQUIRE(m);
    REQUIRE(m->regions.size() == 1);
    CHECK(m->regions[0].id == "B");
    CHECK(m->notes == std::vector<std::string>{"2 regions with missing cells left out (policy \"drop-region\"): A, C"});
  }
  SECTION("drop-industry") {
    auto m = complete(tables->front(), MissingPolicy::drop_industry);
    REQUIRE(m);
    CHECK(m->industries == std::vector<std::string>{"J"});
    CHECK(m->values == std::vector<std::vector<double>>{{1}, {2}, {4}});
  }
  CHECK(policy_name(*parse_policy("drop-industry")) == "drop-industry");
  CHECK_FALSE(parse_policy("ignore"));
}

TEST_CASE("specialisation_inputs: pick_period names the years a file has") {
  auto tables = parse("region_id,industry,year,value\nA,J,2010,1\nA,J,2014,1\n");
  REQUIRE(tables);
  auto t = pick_period(*tables, "2012", "data.csv");
  REQUIRE_FALSE(t);
  CHECK(to_string(t.error()) == "data.csv: no year \"2012\" (years: 2010, 2014)");
}

TEST_CASE("industry_csv: a region or industry absent from a whole year is noted, not an error") {
  // 2010 has A, B, C and J, M; 2014 lacks C and adds F: C is absent from 2014, F from 2010.
  auto tables = parse(
      "region_id,industry,year,value\n"
      "A,J,2010,1\nA,M,2010,2\nB,J,2010,3\nB,M,2010,4\nC,J,2010,5\nC,M,2010,6\n"
      "A,J,2014,1\nA,F,2014,2\nB,J,2014,3\nB,F,2014,4\n");
  REQUIRE(tables);
  REQUIRE(tables->size() == 2);
  CHECK((*tables)[0].notes ==
        std::vector<std::string>{"1 industry absent from this year but present in other years of the file: F"});
  CHECK((*tables)[1].notes ==
        std::vector<std::string>{"1 region absent from this year but present in other years of the file: C",
                                 "1 industry absent from this year but present in other years of the file: M"});
  // complete() carries them, before what a policy did
  auto m = complete((*tables)[1], MissingPolicy::zero);
  REQUIRE(m);
  CHECK(m->notes == (*tables)[1].notes);
  CHECK(m->regions.size() == 2);
  // a file without years, or with one year, has nothing to compare with
  auto one = parse("region_id,industry,year,value\nA,J,2014,1\nB,M,2014,2\n");
  REQUIRE(one);
  CHECK(one->front().notes.empty());
}

TEST_CASE("industry_csv: a year is a whole number") {
  CHECK(error_of("region_id,industry,year,value\nA,J,2010,1\nA,J,20x4,2\n") ==
        "data.csv:3: column \"year\": expected a whole-number year, got \"20x4\"");
  CHECK(error_of("region_id,industry,year,value\nA,J,2014.0,1\n") ==
        "data.csv:2: column \"year\": expected a whole-number year, got \"2014.0\"");
  CHECK(error_of("region_id,industry,year,value\nA,J,-2014,1\n") ==
        "data.csv:2: column \"year\": expected a whole-number year, got \"-2014\"");
}

TEST_CASE("specialisation_inputs: pick_period on a file without years says so") {
  auto tables = parse("region_id,industry,value\nA,J,1\nB,J,1\n");
  REQUIRE(tables);
  auto t = pick_period(*tables, "2014", "data.csv");
  REQUIRE_FALSE(t);
  CHECK(to_string(t.error()) == "data.csv: no year \"2014\": the file has no \"year\" column");
}
