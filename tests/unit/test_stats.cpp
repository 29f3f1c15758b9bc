// The statistical audit (include/itzones/stats.hpp) against moments and correlations worked out
// by hand in the comments.

#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "itzones/stats.hpp"
#include "method_fixtures.hpp"

namespace {

using namespace itzones;
using namespace itzones::testing;

StatsReport audited(const RegionTable& table, const Method& method) {
  auto s = indicator_stats(table, method, "2020");
  if (!s) FAIL(to_string(s.error()));
  return *s;
}

}  // namespace

TEST_CASE("stats: sample moments") {
  // 2 4 4 4 5 5 7 9: mean 5; deviations -3 -1 -1 -1 0 0 2 4; squares sum to 32, sd = sqrt(32/7);
  // cubes sum to 42: G1 = 8 / (7 * 6) * 42 / sd^3 = 0.818488;
  // fourth powers sum to 356: G2 = 8 * 9 / (7 * 6 * 5) * 356 / sd^4 - 3 * 49 / (6 * 5) = 5.840625 - 4.9 = 0.940625.
  const Moments m = moments(std::vector<double>{2, 4, 4, 4, 5, 5, 7, 9});
  CHECK(m.n == 8);
  CHECK(m.min == 2.0);
  CHECK(m.max == 9.0);
  CHECK(m.mean == Approx(5.0));
  CHECK(*m.sd == Approx(std::sqrt(32.0 / 7.0)));
  CHECK(*m.skewness == Approx(0.818488));
  CHECK(*m.kurtosis == Approx(0.940625));
  // Too few values, or no spread: undefined, not 0.
  CHECK_FALSE(moments(std::vector<double>{1, 2, 3}).kurtosis.has_value());
  CHECK_FALSE(moments(std::vector<double>{4, 4, 4, 4}).skewness.has_value());
}

TEST_CASE("stats: Pearson and Spearman") {
  // x 1 2 3, y 2 4 7: means 2 and 13/3; sxy = 7/3 + 0 + 8/3 = 5; sxx = 2; syy = (49 + 1 + 64)/9 = 114/9;
  // r = 5 / sqrt(2 * 114/9) = 0.993399.
  CHECK(*pearson(std::vector<double>{1, 2, 3}, std::vector<double>{2, 4, 7}) == Approx(0.993399));
  // Ranks of 1 2 2 3: 1, 2.5, 2.5, 4; of 1 3 2 4: 1, 3, 2, 4. Deviations from 2.5: (-1.5 0 0 1.5) and
  // (-1.5 .5 -.5 1.5): sxy = 4.5, sxx = 4.5, syy = 5; rho = 4.5 / sqrt(22.5) = 0.948683.
  CHECK(*spearman(std::vector<double>{1, 2, 2, 3}, std::vector<double>{1, 3, 2, 4}) == Approx(0.948683));
  CHECK_FALSE(pearson(std::vector<double>{1, 2}, std::vector<double>{3, 4}).has_value());
  CHECK_FALSE(pearson(std::vector<double>{1, 1, 1}, std::vector<double>{3, 4, 5}).has_value());
}

TEST_CASE("stats: coverage, moments per indicator, correlations inside and across groups") {
  // g1 = {i1, i2}, g2 = {i3}; E has no i2.
  const Method m = method_of({column_indicator("i1", "g1"), column_indicator("i2", "g1"), column_indicator("i3", "g2")},
                             {group_of("g1"), group_of("g2")});
  const RegionTable t = table_of({"A", "B", "C", "D", "E"}, {{"i1", {10, 20, 30, 40, 50}},
                                                            {"i2", {50, 40, 30, 20, std::nullopt}},
                                                            {"i3", {1, 2, 3, 4, 5}}});
  const StatsReport s = audited(t, m);
  REQUIRE(s.indicators.size() == 3);
  const IndicatorStats& i1 = s.indicators[0];
  // i1: mean 30, deviations -20 -10 0 10 20, sd = sqrt(1000/4) = 15.8114, skewness 0;
  // fourth powers sum to 340000 and sd^4 = 62500: G2 = 30/24 * 5.44 - 3 * 16/6 = 6.8 - 8 = -1.2.
  CHECK(i1.available == 5);
  CHECK(*i1.raw.sd == Approx(std::sqrt(250.0)));
  CHECK(*i1.raw.skewness == Approx(0.0).margin(1e-12));
  CHECK(*i1.raw.kurtosis == Approx(-1.2));
  CHECK_FALSE(i1.outlier);
  CHECK(s.indicators[1].available == 4);
  CHECK(s.indicators[1].regions == 5);
  CHECK(s.indicators[1].raw.max == 50.0);

  // Pairs over the regions where both exist. i1 and i2 on A-D fall exactly as the other rises:
  // r = rho = -1 inside g1, flagged; i1 and i3 rise together: r = 1, different groups.
  REQUIRE(s.pairs.size() == 3);
  CHECK(s.pairs[0].a == "i1");
  CHECK(s.pairs[0].b == "i2");
  CHECK(s.pairs[0].pairs == 4);
  CHECK(*s.pairs[0].pearson == Approx(-1.0));
  CHECK(*s.pairs[0].spearman == Approx(-1.0));
  CHECK(s.pairs[0].negative_in_group);
  CHECK(*s.pairs[1].pearson == Approx(1.0));
  CHECK_FALSE(s.pairs[1].same_group);
  CHECK_FALSE(s.pairs[1].negative_in_group);

  // With the group score (i2 dropped for E): i1 as % of 50 = 20 40 60 80 100; i2 as % of 50 = 100 80 60 40;
  // g1 = (20+100)/2 = 60, 60, 60, 60, and 100 for E. Deviations of i1 from 60: -40 -20 0 20 40; of g1 from 68:
  // -8 -8 -8 -8 32: sxy = 1600, sxx = 4000, syy = 1280, r = 1600 / sqrt(5120000) = 0.707107.
  CHECK(s.with_group[0].b == "g1");
  CHECK(*s.with_group[0].pearson == Approx(0.707107));
  // Spearman: ranks of i1 1..5 (deviations -2 -1 0 1 2), of g1 2.5 2.5 2.5 2.5 5 (deviations from 3:
  // -0.5 four times and 2): sxy = 1 + 0.5 + 0 - 0.5 + 4 = 5, sxx = 10, syy = 1 + 4 = 5, rho = 5 / sqrt(50).
  CHECK(*s.with_group[0].spearman == Approx(0.707107));
  // i2 against g1 on A-D, where g1 is constant: undefined.
  CHECK_FALSE(s.with_group[1].pearson.has_value());
}

TEST_CASE("stats: one region far from the others is flagged as an outlier") {
  // Nine 1s and a 100: mean 10.9, deviations -9.9 (nine times) and 89.1; s^2 = 8820.9/9 = 980.1.
  // G1 = 10/72 * (9 * -9.9^3 + 89.1^3) / s^3 = 10/72 * 698615.28 / 30683.55 = 3.16228;
  // G2 = 110/504 * (9 * 9.9^4 + 89.1^4) / s^4 - 3 * 81/56 = 110/504 * 65.7 - 4.3393 = 10.
  const Method m = method_of({column_indicator("x", "g")}, {group_of("g")});
  const RegionTable t = table_of({"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"},
                                 {{"x", {1, 1, 1, 1, 1, 1, 1, 1, 1, 100}}});
  const StatsReport s = audited(t, m);  // a reference into a temporary would dangle
  const IndicatorStats& x = s.indicators[0];
  CHECK(*x.raw.skewness == Approx(3.16228));
  CHECK(*x.raw.kurtosis == Approx(10.0));
  CHECK(x.outlier);
}

TEST_CASE("stats: an imputed value does not count as available") {
  Method m = method_of({column_indicator("i1", "g"), column_indicator("i2", "g")}, {group_of("g")});
  m.missing = MissingTreatment::impute_mean;
  const RegionTable t = table_of({"A", "B", "C", "D"}, {{"i1", {1, 2, 3, 4}}, {"i2", {4, std::nullopt, 2, 1}}});
  const StatsReport s = audited(t, m);
  // i2 over A, C, D only: 4, 2, 1; mean 7/3; B's imputed 7/3 is left out.
  CHECK(s.indicators[1].available == 3);
  CHECK(s.indicators[1].regions == 4);
  CHECK(s.indicators[1].raw.mean == Approx(7.0 / 3.0));
  CHECK(s.indicators[1].raw.min == 1.0);
  // The pair over A, C, D: i1 1, 3, 4 and i2 4, 2, 1 as percent of the best: 25 75 100 and 100 50 25.
  // Deviations from 200/3 and 175/3: (-125 25 100)/3 and (125 -25 -100)/3, so r = -1, flagged.
  CHECK(s.pairs[0].pairs == 3);
  CHECK(*s.pairs[0].pearson == Approx(-1.0));
  CHECK(s.pairs[0].negative_in_group);
}
