// The rating of one period (the paper's formulas 1-4 and Table 1) and the change between two.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "itzones/evaluation.hpp"
#include "itzones/method.hpp"
#include "itzones/rating.hpp"
#include "region_table_csv.hpp"

namespace {

using itzones::PeriodRating;
using itzones::RegionScore;
using itzones::RegionTable;
using itzones::ValueSource;

constexpr double k_eps = 1e-9;

RegionTable table_of(const std::string& text) {
  auto table = itzones::io::parse_region_table(
      text, "r.csv", itzones::input_columns(itzones::kireyeva2017()), {});
  if (!table) FAIL(itzones::to_string(table.error()));
  return *table;
}

PeriodRating rate_ok(const RegionTable& table, const itzones::PublishedOverride& published = {}) {
  auto rating = itzones::rate(table, itzones::kireyeva2017(), "2020", published);
  if (!rating) FAIL(itzones::to_string(rating.error()));
  return *rating;
}

std::string rate_error(const RegionTable& table) {
  auto rating = itzones::rate(table, itzones::kireyeva2017(), "2020");
  REQUIRE_FALSE(rating.has_value());
  return itzones::to_string(rating.error());
}

const RegionScore& score_of(const PeriodRating& rating, const std::string& id) {
  for (const RegionScore& s : rating.regions) {
    if (s.region.id == id) return s;
  }
  FAIL("no region " << id);
  return rating.regions.front();
}

// Three regions with 1000 employed and 1 000 000 inhabitants each, so that
//   S_D = grp / employed * 1e3          = grp
//   S_F = grp / fixed_assets
//   S_E = grp / emissions
//   S_A = rd / employed * 1e6           = rd * 1000
//   S_B = tech / employed * 1e6         = tech * 1000
//   S_C = output / population * 1e6     = output
//
//          S_D  S_F  S_E   S_A   S_B  S_C
//   R-A    200    2  100  4000  1000    5
//   R-B    100    1   25  2000  4000   10
//   R-C     50    2   50  1000  2000    0
//   best   200    2  100  4000  4000   10
//
// As percent of the best:
//   R-A    100  100  100   100    25   50   R_IS = 300/3 = 100     R_IA = 175/3 = 58.333
//   R-B     50   50   25    50   100  100   R_IS = 125/3 = 41.667  R_IA = 250/3 = 83.333
//   R-C     25  100   50    25    50    0   R_IS = 175/3 = 58.333  R_IA =  75/3 = 25
// Index = (R_IS + R_IA) / 2:
//   R-A  (300 + 175) / 6 = 475/6 = 79.1667  -> class A   (70 to 80)
//   R-B  (125 + 250) / 6 = 375/6 = 62.5     -> class B++ (60 to 70)
//   R-C  (175 +  75) / 6 = 250/6 = 41.6667  -> class B   (40 to 50)
const std::string k_header =
    "region_id,grp,employed,fixed_assets,emissions,rd_expenditure,tech_innovation_expenditure,"
    "innovative_output,population\n";
const std::string k_three = k_header +
                            "R-A,200,1000,100,2,4,1,5,1000000\n"
                            "R-B,100,1000,100,4,2,4,10,1000000\n"
                            "R-C,50,1000,25,1,1,2,0,1000000\n";

}  // namespace

TEST_CASE("method::classify puts a score on a boundary into the upper class") {
  const itzones::Method m = itzones::kireyeva2017();
  CHECK(m.classify(0) == "D");
  CHECK(m.classify(9.999) == "D");
  CHECK(m.classify(10) == "C");
  CHECK(m.classify(19.999) == "C");
  CHECK(m.classify(20) == "C+");
  CHECK(m.classify(30) == "C++");
  CHECK(m.classify(39.999) == "C++");
  CHECK(m.classify(40) == "B");
  CHECK(m.classify(40.001) == "B");
  CHECK(m.classify(50) == "B+");
  CHECK(m.classify(60) == "B++");
  CHECK(m.classify(70) == "A");
  CHECK(m.classify(80) == "A+");
  CHECK(m.classify(89.999) == "A+");
  CHECK(m.classify(90) == "A++");
  CHECK(m.classify(100) == "A++");
}

TEST_CASE("method::kireyeva2017 has the paper's Table 1 scale and formulas 1-4") {
  const itzones::Method m = itzones::kireyeva2017();
  std::vector<std::pair<std::string, double>> scale;
  for (const auto& band : m.classes) scale.emplace_back(band.name, band.lower);
  CHECK(scale == std::vector<std::pair<std::string, double>>{
                     {"A++", 90}, {"A+", 80}, {"A", 70}, {"B++", 60}, {"B+", 50},
                     {"B", 40}, {"C++", 30}, {"C+", 20}, {"C", 10}, {"D", 0}});
  std::vector<std::string> symbols;
  for (const auto& ind : m.indicators) symbols.push_back(ind.symbol + "@" + ind.group);
  CHECK(symbols == std::vector<std::string>{"S_D@r_is", "S_F@r_is", "S_E@r_is", "S_A@r_ia",
                                            "S_B@r_ia", "S_C@r_ia"});
  REQUIRE(m.groups.size() == 2);
  CHECK(m.groups[0].weight == m.groups[1].weight);  // formula 4: equal weights 0.5
}

TEST_CASE("rating::rate computes the hand-calculated three-region table") {
  const PeriodRating r = rate_ok(table_of(k_three));
  CHECK(r.period == "2020");
  REQUIRE(r.regions.size() == 3);
  CHECK(r.regions[0].region.id == "R-A");
  CHECK(r.regions[1].region.id == "R-B");
  CHECK(r.regions[2].region.id == "R-C");
  CHECK(r.regions[0].rank == 1);
  CHECK(r.regions[1].rank == 2);
  CHECK(r.regions[2].rank == 3);

  const RegionScore& a = score_of(r, "R-A");
  const std::vector<double> a_raw = {200, 2, 100, 4000, 1000, 5};
  const std::vector<double> a_norm = {100, 100, 100, 100, 25, 50};
  REQUIRE(a.indicators.size() == 6);
  for (std::size_t k = 0; k < 6; ++k) {
    CHECK(a.indicators[k].raw == Approx(a_raw[k]).margin(k_eps));
    CHECK(a.indicators[k].normalised == Approx(a_norm[k]).margin(k_eps));
    CHECK(a.indicators[k].source == ValueSource::recomputed);
  }
  REQUIRE(a.groups.size() == 2);
  CHECK(a.groups[0] == Approx(100.0).margin(k_eps));
  CHECK(a.groups[1] == Approx(175.0 / 3).margin(k_eps));
  CHECK(a.index == Approx(475.0 / 6).margin(k_eps));
  CHECK(a.rating_class == "A");

  const RegionScore& b = score_of(r, "R-B");
  const std::vector<double> b_norm = {50, 50, 25, 50, 100, 100};
  for (std::size_t k = 0; k < 6; ++k) CHECK(b.indicators[k].normalised == Approx(b_norm[k]).margin(k_eps));
  CHECK(b.groups[0] == Approx(125.0 / 3).margin(k_eps));
  CHECK(b.groups[1] == Approx(250.0 / 3).margin(k_eps));
  CHECK(b.index == Approx(62.5).margin(k_eps));
  CHECK(b.rating_class == "B++");

  const RegionScore& c = score_of(r, "R-C");
  const std::vector<double> c_norm = {25, 100, 50, 25, 50, 0};
  for (std::size_t k = 0; k < 6; ++k) CHECK(c.indicators[k].normalised == Approx(c_norm[k]).margin(k_eps));
  CHECK(c.index == Approx(250.0 / 6).margin(k_eps));
  CHECK(c.rating_class == "B");
  CHECK(c.region.name == "R-C");  // no region column: the id is the name
}

TEST_CASE("rating::rate breaks ties by region_id") {
  // R-Z and R-M carry identical data, so identical indices; R-Z comes first in the file.
  const PeriodRating r = rate_ok(table_of(k_header +
                                          "R-Z,100,1000,100,4,2,4,10,1000000\n"
                                          "R-A,200,1000,100,2,4,1,5,1000000\n"
                                          "R-M,100,1000,100,4,2,4,10,1000000\n"));
  REQUIRE(r.regions.size() == 3);
  CHECK(r.regions[0].region.id == "R-A");
  CHECK(r.regions[1].region.id == "R-M");
  CHECK(r.regions[2].region.id == "R-Z");
  CHECK(r.regions[1].index == r.regions[2].index);
  CHECK(r.regions[1].rank == 2);
  CHECK(r.regions[2].rank == 3);
}

TEST_CASE("rating::rate uses a published ratio only when a component is missing") {
  // The three-region table again, now with a printed capital_productivity column:
  //   R-A prints 9.99 but has both components: the recomputation 200/100 = 2 is used;
  //   R-B lacks fixed_assets: its printed 1 is used (= 100/100, so nothing changes);
  //   R-C prints 7 but has both components: 50/25 = 2 is used.
  const RegionTable table = table_of(
      "region_id,grp,employed,fixed_assets,capital_productivity,emissions,rd_expenditure,"
      "tech_innovation_expenditure,innovative_output,population\n"
      "R-A,200,1000,100,\"9,99\",2,4,1,5,1000000\n"
      "R-B,100,1000,...,1,4,2,4,10,1000000\n"
      "R-C,50,1000,25,7,1,1,2,0,1000000\n");
  const PeriodRating r = rate_ok(table);
  const auto& a = score_of(r, "R-A").indicators[1];
  CHECK(a.source == ValueSource::recomputed);
  CHECK(a.raw == Approx(2.0).margin(k_eps));
  const auto& b = score_of(r, "R-B").indicators[1];
  CHECK(b.source == ValueSource::published);
  CHECK(b.raw == 1.0);
  CHECK(score_of(r, "R-C").indicators[1].source == ValueSource::recomputed);
  // So the indices are the hand-calculated ones.
  CHECK(score_of(r, "R-A").index == Approx(475.0 / 6).margin(k_eps));
  CHECK(score_of(r, "R-B").index == Approx(62.5).margin(k_eps));
  CHECK(score_of(r, "R-C").index == Approx(250.0 / 6).margin(k_eps));

  // Overriding (as the audit does) takes the printed column everywhere: best S_F is now 9.99,
  // R-A's share 100, R-B's 1/9.99*100 = 10.01.
  const PeriodRating printed = rate_ok(table, {"capital_productivity"});
  CHECK(score_of(printed, "R-A").indicators[1].source == ValueSource::published);
  CHECK(score_of(printed, "R-A").indicators[1].raw == 9.99);
  CHECK(score_of(printed, "R-B").indicators[1].normalised == Approx(100.0 / 9.99).margin(k_eps));
}

TEST_CASE("rating::rate errors") {
  SECTION("zero denominator, located at the cell") {
    CHECK(rate_error(table_of(k_header +
                              "R-A,200,1000,100,2,4,1,5,1000000\n"
                              "R-B,100,1000,0,4,2,4,10,1000000\n")) ==
          "r.csv:3: column \"fixed_assets\": zero denominator of indicator "
          "\"capital_productivity\" for region \"R-B\" in 2020");
  }
  SECTION("negative value, located at the cell") {
    CHECK(rate_error(table_of(k_header +
                              "R-A,200,1000,100,2,4,1,5,1000000\n"
                              "R-C,-50,1000,25,1,1,2,0,1000000\n")) ==
          "r.csv:3: column \"grp\": expected a non-negative value, got -50");
  }
  SECTION("an indicator that cannot be formed for a region") {
    CHECK(rate_error(table_of(k_header +
                              "R-A,200,1000,100,2,4,1,5,1000000\n"
                              "R-B,100,1000,,4,2,4,10,1000000\n")) ==
          "itzones: error: indicator \"capital_productivity\" for region \"R-B\" in 2020 cannot "
          "be formed: needs \"grp\" and \"fixed_assets\", or \"capital_productivity\"");
  }
  SECTION("an indicator whose best value is 0") {
    CHECK(rate_error(table_of(k_header +
                              "R-A,200,1000,100,2,4,1,0,1000000\n"
                              "R-B,100,1000,100,4,2,4,-,1000000\n")) ==
          "itzones: error: indicator \"innovative_output_per_capita\" in 2020: the best value "
          "is 0 (every region is 0), so no region can be taken as 100%");
  }
  SECTION("no regions") {
    CHECK(rate_error(RegionTable{}) == "itzones: error: no regions to rate in 2020");
  }
}

namespace {

RegionScore scored(const std::string& id, double index, const std::string& klass, std::size_t rank) {
  RegionScore s;
  s.region.id = id;
  s.index = index;
  s.rating_class = klass;
  s.rank = rank;
  return s;
}

}  // namespace

TEST_CASE("rating::compare_periods gives later / earlier * 100 in the later rank order") {
  const PeriodRating earlier{"2010", {scored("R-B", 40, "B", 1), scored("R-A", 20, "C+", 2)}};
  const PeriodRating later{"2014", {scored("R-A", 30, "C++", 1), scored("R-B", 10, "C", 2)}};
  const auto changes = itzones::compare_periods(earlier, later);
  REQUIRE(changes.has_value());
  REQUIRE(changes->size() == 2);
  const auto& a = (*changes)[0];
  CHECK(a.region.id == "R-A");
  CHECK(a.earlier == 20);
  CHECK(a.later == 30);
  CHECK(a.percent == Approx(150.0).margin(k_eps));  // 30 / 20 * 100
  CHECK(a.earlier_class == "C+");
  CHECK(a.later_class == "C++");
  CHECK(a.earlier_rank == 2);
  CHECK(a.later_rank == 1);
  const auto& b = (*changes)[1];
  CHECK(b.region.id == "R-B");
  CHECK(b.percent == Approx(25.0).margin(k_eps));  // 10 / 40 * 100

  // The paper's own example: Akmola 11.25 (2010) -> 26.40 (2014), 26.40 / 11.25 * 100 = 234.67.
  const auto akmola = itzones::compare_periods(PeriodRating{"2010", {scored("KZ-AKM", 11.25, "C", 1)}},
                                               PeriodRating{"2014", {scored("KZ-AKM", 26.40, "C+", 1)}});
  REQUIRE(akmola.has_value());
  CHECK((*akmola)[0].percent == Approx(234.6667).margin(1e-4));
}

TEST_CASE("rating::compare_periods errors") {
  const PeriodRating earlier{"2010", {scored("R-A", 20, "C+", 1), scored("R-B", 10, "C", 2),
                                      scored("R-C", 5, "D", 3)}};
  SECTION("different region sets") {
    const PeriodRating later{"2014", {scored("R-D", 30, "C++", 1), scored("R-A", 20, "C+", 2),
                                      scored("R-B", 10, "C", 3)}};
    CHECK(itzones::to_string(itzones::compare_periods(earlier, later).error()) ==
          "itzones: error: periods 2010 and 2014 rate different regions (only in 2010: R-C; only "
          "in 2014: R-D); give both periods the same region_ids");
  }
  SECTION("a region missing from the later period only") {
    const PeriodRating later{"2014", {scored("R-A", 20, "C+", 1), scored("R-B", 10, "C", 2)}};
    CHECK(itzones::to_string(itzones::compare_periods(earlier, later).error()) ==
          "itzones: error: periods 2010 and 2014 rate different regions (only in 2010: R-C; only "
          "in 2014: none); give both periods the same region_ids");
  }
  SECTION("an earlier index of 0") {
    const PeriodRating zero{"2010", {scored("R-A", 0, "D", 1)}};
    const PeriodRating later{"2014", {scored("R-A", 5, "D", 1)}};
    CHECK(itzones::to_string(itzones::compare_periods(zero, later).error()) ==
          "itzones: error: region \"R-A\" has index 0 in 2010: no change in percent can be formed");
  }
}
