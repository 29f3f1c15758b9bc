// Weighted means (include/itzones/aggregate.hpp), the hierarchy built by rate() level by level,
// the lower-is-better rule and the missing-value treatments, against values worked out by hand.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "itzones/aggregate.hpp"
#include "itzones/rating.hpp"
#include "method_fixtures.hpp"

namespace {

using namespace itzones;
using namespace itzones::testing;

double mean_of(const std::vector<double>& values, const std::vector<double>& weights, Aggregation a) {
  auto m = weighted_mean(values, weights, a);
  if (!m) FAIL(m.error().message);
  return *m;
}

PeriodRating rated(const RegionTable& table, const Method& method) {
  auto r = rate(table, method, "2020");
  if (!r) FAIL(to_string(r.error()));
  return *r;
}

std::string rate_error(const RegionTable& table, const Method& method) {
  auto r = rate(table, method, "2020");
  REQUIRE_FALSE(r.has_value());
  return to_string(r.error());
}

const RegionScore& score_of(const PeriodRating& rating, const std::string& id) {
  for (const RegionScore& s : rating.regions) {
    if (s.region.id == id) return s;
  }
  FAIL("no region " << id);
  return rating.regions.front();
}

}  // namespace

TEST_CASE("weighted_mean: arithmetic") {
  // (1*20 + 1*50 + 2*80) / (1 + 1 + 2) = 230 / 4 = 57.5
  CHECK(mean_of({20, 50, 80}, {1, 1, 2}, Aggregation::arithmetic) == Approx(57.5));
  // Weights of 1 give exactly the paper's (a + b + c) / 3, bit for bit.
  CHECK(mean_of({0.1, 0.2, 0.4}, {1, 1, 1}, Aggregation::arithmetic) == (0.1 + 0.2 + 0.4) / 3);
}

TEST_CASE("weighted_mean: geometric") {
  // sqrt(2 * 8) = 4
  CHECK(mean_of({2, 8}, {1, 1}, Aggregation::geometric) == Approx(4.0));
  // (2^1 * 8^3)^(1/4) = (2 * 2^9)^(1/4) = 2^(10/4) = 2^2.5 = 5.656854
  CHECK(mean_of({2, 8}, {1, 3}, Aggregation::geometric) == Approx(5.656854));
}

TEST_CASE("weighted_mean: harmonic") {
  // 2 / (1/2 + 1/6) = 2 / (2/3) = 3
  CHECK(mean_of({2, 6}, {1, 1}, Aggregation::harmonic) == Approx(3.0));
  // (1 + 3) / (1/2 + 3/6) = 4 / 1 = 4
  CHECK(mean_of({2, 6}, {1, 3}, Aggregation::harmonic) == Approx(4.0));
}

TEST_CASE("weighted_mean: a zero or negative value meets a geometric or harmonic mean") {
  auto g = weighted_mean(std::vector<double>{4, 0}, std::vector<double>{1, 1}, Aggregation::geometric);
  REQUIRE_FALSE(g.has_value());
  CHECK(g.error().message == "a geometric mean needs values > 0, got 0");
  auto h = weighted_mean(std::vector<double>{-1, 3}, std::vector<double>{1, 1}, Aggregation::harmonic);
  REQUIRE_FALSE(h.has_value());
  CHECK(h.error().message == "a harmonic mean needs values > 0, got -1");
  CHECK(mean_of({-1, 3}, {1, 1}, Aggregation::arithmetic) == Approx(1.0));
}

TEST_CASE("rate: three levels above the indicators, one mean per level") {
  // i1, i2 -> g1; i3 -> g2; i4 -> g3; g1, g2 -> p1; g3 -> p2; p1, p2 -> index.
  Method m = method_of({column_indicator("i1", "g1"), column_indicator("i2", "g1"), column_indicator("i3", "g2"),
                        column_indicator("i4", "g3")},
                       {group_of("g1", "p1"), group_of("g2", "p1"), group_of("g3", "p2"), group_of("p1"),
                        group_of("p2")});
  m.aggregation = {Aggregation::arithmetic, Aggregation::geometric, Aggregation::harmonic};
  // B is 100 everywhere and the best, so A's raw values are its percentages.
  const RegionTable t = table_of({"A", "B"}, {{"i1", {50, 100}}, {"i2", {100, 100}}, {"i3", {25, 100}}, {"i4", {36, 100}}});
  const PeriodRating r = rated(t, m);
  const RegionScore& a = score_of(r, "A");
  // g1 = (50 + 100) / 2 = 75, g2 = 25, g3 = 36 (arithmetic)
  // p1 = sqrt(75 * 25) = sqrt(1875) = 43.30127, p2 = 36 (geometric)
  // index = 2 / (1/43.30127 + 1/36) = 39.314521 (harmonic)
  REQUIRE(a.groups.size() == 5);
  CHECK(a.groups[0] == Approx(75.0));
  CHECK(a.groups[1] == Approx(25.0));
  CHECK(a.groups[2] == Approx(36.0));
  CHECK(a.groups[3] == Approx(43.30127));
  CHECK(a.groups[4] == Approx(36.0));
  CHECK(a.index == Approx(39.314521));
  CHECK(score_of(r, "B").index == Approx(100.0));
  CHECK(r.regions.front().region.id == "B");
}

TEST_CASE("rate: weights within a group and between groups") {
  Method m = method_of({column_indicator("i1", "g1", Direction::higher_is_better, 1.0),
                        column_indicator("i2", "g1", Direction::higher_is_better, 3.0), column_indicator("i3", "g2")},
                       {group_of("g1", "", 1.0), group_of("g2", "", 4.0)});
  const RegionTable t = table_of({"A", "B"}, {{"i1", {50, 100}}, {"i2", {100, 100}}, {"i3", {20, 100}}});
  const PeriodRating r = rated(t, m);
  const RegionScore& a = score_of(r, "A");
  // g1 = (1*50 + 3*100) / 4 = 87.5; g2 = 20; index = (1*87.5 + 4*20) / 5 = 167.5 / 5 = 33.5
  CHECK(a.groups[0] == Approx(87.5));
  CHECK(a.index == Approx(33.5));
}

TEST_CASE("rate: lower is better scores the lowest value as the best") {
  const Method m = method_of({column_indicator("output", "g"), column_indicator("emissions", "g", Direction::lower_is_better)},
                             {group_of("g")});
  // output 10, 20, 40 -> 25, 50, 100; emissions 5, 10, 20 -> 5/5*100 = 100, 5/10*100 = 50, 5/20*100 = 25
  // index: A = (25 + 100)/2 = 62.5, B = (50 + 50)/2 = 50, C = (100 + 25)/2 = 62.5; A before C by id.
  const PeriodRating r = rated(table_of({"A", "B", "C"}, {{"output", {10, 20, 40}}, {"emissions", {5, 10, 20}}}), m);
  CHECK(score_of(r, "A").indicators[1].normalised == Approx(100.0));
  CHECK(score_of(r, "C").indicators[1].normalised == Approx(25.0));
  CHECK(score_of(r, "A").index == Approx(62.5));
  CHECK(score_of(r, "B").index == Approx(50.0));
  CHECK(score_of(r, "A").rank == 1);
  CHECK(score_of(r, "C").rank == 2);
  CHECK(score_of(r, "B").rank == 3);
}

TEST_CASE("rate: an indicator's own normalisation overrides the method's") {
  Indicator own = column_indicator("i2", "g");
  own.normalisation = Normalisation{NormalisationKind::goalposts, 0.0, 8.0};
  const Method m = method_of({column_indicator("i1", "g"), own}, {group_of("g")});
  // i1 by the method's percent of the best: 50, 100. i2 by goalposts 0..8: 2/8 = 25, 10/8 -> 100.
  // A = (50 + 25) / 2 = 37.5 (percent of the best on i2 would give 20 and 35); B = 100.
  const PeriodRating r = rated(table_of({"A", "B"}, {{"i1", {50, 100}}, {"i2", {2, 10}}}), m);
  CHECK(score_of(r, "A").indicators[1].normalised == Approx(25.0));
  CHECK(score_of(r, "A").index == Approx(37.5));
  CHECK(score_of(r, "B").index == Approx(100.0));
}

namespace {

// g1 = {i1, i2}, g2 = {i3}; B has no i2.
//   i1: A 50, B 100, C 25, D 100  -> max 100 -> 50, 100, 25, 100
//   i2: A 40, B  -,  C 80, D 10   -> max 80  -> 50,   -, 100, 12.5
//   i3: A 100, B 50, C 50, D 20   -> max 100 -> 100, 50, 50, 20
Method missing_method(MissingTreatment treatment) {
  Method m = method_of({column_indicator("i1", "g1"), column_indicator("i2", "g1"), column_indicator("i3", "g2")},
                       {group_of("g1"), group_of("g2")});
  m.missing = treatment;
  return m;
}

const RegionTable k_gappy = table_of({"A", "B", "C", "D"}, {{"i1", {50, 100, 25, 100}},
                                                            {"i2", {40, std::nullopt, 80, 10}},
                                                            {"i3", {100, 50, 50, 20}}});

}  // namespace

TEST_CASE("rate: missing values are an error by default") {
  CHECK(rate_error(k_gappy, missing_method(MissingTreatment::error)) ==
        "itzones: error: indicator \"i2\" for region \"B\" in 2020 cannot be formed: needs \"i2\"");
}

TEST_CASE("rate: drop a missing value and re-weight its group") {
  const PeriodRating r = rated(k_gappy, missing_method(MissingTreatment::drop));
  const RegionScore& b = score_of(r, "B");
  // B: g1 = i1 alone = 100 (its weight is now the whole group's); g2 = 50; index = (100 + 50)/2 = 75
  CHECK(b.groups[0] == Approx(100.0));
  CHECK(b.index == Approx(75.0));
  CHECK(b.indicators[1].source == ValueSource::missing);
  // A is untouched: g1 = (50 + 50)/2 = 50, g2 = 100, index 75.
  CHECK(score_of(r, "A").index == Approx(75.0));
  REQUIRE(r.missing.size() == 1);
  CHECK(r.missing[0].region_id == "B");
  CHECK(r.missing[0].indicator == "i2");
  CHECK(r.missing[0].treatment == MissingTreatment::drop);
  CHECK(describe(r.missing[0]) ==
        "region \"B\": indicator \"i2\" not available; left out of its group, whose other weights are rescaled");
}

TEST_CASE("rate: impute a missing value by the mean or the median") {
  // Mean of 40, 80, 10 = 130/3 = 43.333; as percent of 80: 54.1667; g1 = (100 + 54.1667)/2 = 77.0833;
  // index = (77.0833 + 50)/2 = 63.5417.
  const PeriodRating by_mean = rated(k_gappy, missing_method(MissingTreatment::impute_mean));
  CHECK(score_of(by_mean, "B").indicators[1].raw == Approx(130.0 / 3.0));
  CHECK(score_of(by_mean, "B").indicators[1].source == ValueSource::imputed);
  CHECK(score_of(by_mean, "B").index == Approx(63.5417).margin(1e-4));
  REQUIRE(by_mean.missing.size() == 1);
  CHECK(by_mean.missing[0].imputed == Approx(130.0 / 3.0));
  // Median of 10, 40, 80 = 40 -> 50%; g1 = (100 + 50)/2 = 75; index = (75 + 50)/2 = 62.5.
  const PeriodRating by_median = rated(k_gappy, missing_method(MissingTreatment::impute_median));
  CHECK(score_of(by_median, "B").index == Approx(62.5));
  CHECK(by_median.missing[0].treatment == MissingTreatment::impute_median);
  CHECK(describe(by_median.missing[0]) ==
        "region \"B\": indicator \"i2\" not available; imputed 40 (the median of the regions with a value)");
}

TEST_CASE("rate: missing values the treatments cannot fill") {
  const RegionTable no_group = table_of({"A", "B"}, {{"i1", {1, 2}}, {"i2", {3, 4}}, {"i3", {5, std::nullopt}}});
  CHECK(rate_error(no_group, missing_method(MissingTreatment::drop)) ==
        "itzones: error: 2020: group \"g2\" for region \"B\": none of its indicators has a value");
  const RegionTable empty = table_of({"A", "B"}, {{"i1", {1, 2}}, {"i2", {std::nullopt, std::nullopt}}, {"i3", {5, 6}}});
  CHECK(rate_error(empty, missing_method(MissingTreatment::impute_median)) ==
        "itzones: error: indicator \"i2\" in 2020: no region has a value to impute from");
}

TEST_CASE("rate: a geometric mean meeting a zero is a clear error") {
  Method m = missing_method(MissingTreatment::error);
  m.aggregation = {Aggregation::geometric};
  const RegionTable t = table_of({"A", "B"}, {{"i1", {0, 2}}, {"i2", {3, 4}}, {"i3", {5, 6}}});
  CHECK(rate_error(t, m) == "itzones: error: 2020: group \"g1\" for region \"A\": a geometric mean needs values > 0, got 0");
}

TEST_CASE("rate: a single column may be negative, a ratio's components may not") {
  Method growth = method_of({column_indicator("growth", "g")}, {group_of("g")});
  growth.normalisation = Normalisation{NormalisationKind::min_max, 0.0, 100.0};
  // -2, 0, 6: (x + 2) / 8 * 100 = 0, 25, 100.
  const PeriodRating r = rated(table_of({"A", "B", "C"}, {{"growth", {-2, 0, 6}}}), growth);
  CHECK(score_of(r, "B").index == Approx(25.0));
  Indicator ratio = column_indicator("ratio", "g");
  ratio.numerator = "a";
  ratio.denominator = "b";
  const Method ratios = method_of({ratio}, {group_of("g")});
  // Row 3 of the fixture's t.csv is the second region.
  CHECK(rate_error(table_of({"A", "B"}, {{"a", {1, -1}}, {"b", {2, 2}}}), ratios) ==
        "t.csv:3: column \"a\": expected a non-negative value, got -1");
}
