// Normalisations of one indicator (include/itzones/normalise.hpp), against values worked out
// by hand in the comments.

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "itzones/normalise.hpp"

namespace {

using itzones::Direction;
using itzones::Normalisation;
using itzones::NormalisationKind;
using Column = std::vector<std::optional<double>>;

constexpr double k_eps = 1e-9;
constexpr auto k_higher = Direction::higher_is_better;
constexpr auto k_lower = Direction::lower_is_better;

Column normalised(const Column& values, Normalisation n, Direction d) {
  auto out = itzones::normalise(values, n, d);
  if (!out) FAIL(out.error().message);
  return *out;
}

std::string error_of(const Column& values, Normalisation n, Direction d) {
  auto out = itzones::normalise(values, n, d);
  REQUIRE_FALSE(out.has_value());
  return out.error().message;
}

void check(const Column& got, const std::vector<double>& expected) {
  REQUIRE(got.size() == expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO("region " << i);
    REQUIRE(got[i].has_value());
    CHECK(*got[i] == Approx(expected[i]).margin(k_eps));
  }
}

// Three regions with raw values 2, 4 and 10 throughout.
const Column k_values = {2.0, 4.0, 10.0};

}  // namespace

TEST_CASE("normalise: percent of the best, the paper's, both directions") {
  const Normalisation n{NormalisationKind::percent_of_best};
  // Higher is better: x / max * 100 with max 10: 20, 40, 100.
  check(normalised(k_values, n, k_higher), {20.0, 40.0, 100.0});
  // Lower is better: best / x * 100 with best = min = 2: 2/2*100 = 100, 2/4*100 = 50, 2/10*100 = 20.
  // The best region is 100% and a region twice as bad gets half, as on the ratio scale of the
  // higher-is-better case; a sign flip (-x / max(-x)) would divide by -2 and give 100, 200, 500.
  check(normalised(k_values, n, k_lower), {100.0, 50.0, 20.0});
}

TEST_CASE("normalise: percent of the best is bit for bit x / max * 100") {
  const Column values = {0.1, 0.7, 0.3};
  const Column got = normalised(values, Normalisation{}, k_higher);
  CHECK(*got[0] == 0.1 / 0.7 * 100.0);
  CHECK(*got[2] == 0.3 / 0.7 * 100.0);
}

TEST_CASE("normalise: percent of the best refuses what has no ratio scale") {
  const Normalisation n{NormalisationKind::percent_of_best};
  CHECK(error_of({0.0, 0.0}, n, k_higher) ==
        "the best value is 0 (every region is 0), so no region can be taken as 100%");
  CHECK(error_of({3.0, -1.0}, n, k_higher) == "percent_of_best needs values >= 0 (a ratio scale), got -1");
  CHECK(error_of({3.0, 0.0}, n, k_lower) ==
        "lower is better and a region has 0, the best possible value, so best / x * 100 cannot be formed");
  CHECK(error_of({std::nullopt}, n, k_higher) == "no region has a value");
}

TEST_CASE("normalise: min-max onto a range") {
  // (x - 2) / (10 - 2): 0, 2/8 = 0.25, 1 -> *100: 0, 25, 100; lower: (10 - x) / 8: 1, 0.75, 0.
  check(normalised(k_values, Normalisation{NormalisationKind::min_max, 0.0, 100.0}, k_higher), {0.0, 25.0, 100.0});
  check(normalised(k_values, Normalisation{NormalisationKind::min_max, 0.0, 100.0}, k_lower), {100.0, 75.0, 0.0});
  // Onto [1, 11]: 1 + share * 10: 1, 3.5, 11.
  check(normalised(k_values, Normalisation{NormalisationKind::min_max, 1.0, 11.0}, k_higher), {1.0, 3.5, 11.0});
  // Every value equal: the middle of the range, (1 + 11) / 2 = 6.
  check(normalised({5.0, 5.0}, Normalisation{NormalisationKind::min_max, 1.0, 11.0}, k_higher), {6.0, 6.0});
}

TEST_CASE("normalise: z-score with the sample standard deviation") {
  // mean = 16/3; deviations -10/3, -4/3, 14/3; squares sum to (100 + 16 + 196)/9 = 104/3;
  // sd = sqrt(104/3 / 2) = sqrt(52/3); z = deviation / sd = -10/sqrt(156), -4/sqrt(156), 14/sqrt(156)
  // = -0.8006408, -0.3202563, 1.1208971.
  const Normalisation n{NormalisationKind::z_score};
  check(normalised(k_values, n, k_higher), {-0.8006408, -0.3202563, 1.1208971});
  check(normalised(k_values, n, k_lower), {0.8006408, 0.3202563, -1.1208971});
  // sd 0: every region 0.
  check(normalised({4.0, 4.0, 4.0}, n, k_higher), {0.0, 0.0, 0.0});
}

TEST_CASE("normalise: ranks and percentile ranks, ties share their mean rank") {
  // 5, 1, 5, 3 sorted: 1 (second), 3 (fourth), 5, 5 -> ranks 1, 2, and (3 + 4) / 2 = 3.5 twice.
  const Column values = {5.0, 1.0, 5.0, 3.0};
  check(normalised(values, Normalisation{NormalisationKind::rank}, k_higher), {3.5, 1.0, 3.5, 2.0});
  // Lower is better: n + 1 - rank = 5 - rank: 1.5, 4, 1.5, 3.
  check(normalised(values, Normalisation{NormalisationKind::rank}, k_lower), {1.5, 4.0, 1.5, 3.0});
  // (rank - 1) / (n - 1) * 100: 2.5/3*100 = 83.333, 0, 83.333, 1/3*100 = 33.333.
  check(normalised(values, Normalisation{NormalisationKind::percentile_rank}, k_higher),
        {250.0 / 3.0, 0.0, 250.0 / 3.0, 100.0 / 3.0});
  // Lower is better, from the ranks 1.5, 4, 1.5, 3: 0.5/3*100 = 16.667, 100, 16.667, 2/3*100 = 66.667.
  check(normalised(values, Normalisation{NormalisationKind::percentile_rank}, k_lower),
        {50.0 / 3.0, 100.0, 50.0 / 3.0, 200.0 / 3.0});
  // One region: the middle, 50.
  check(normalised({7.0}, Normalisation{NormalisationKind::percentile_rank}, k_higher), {50.0});
}

TEST_CASE("normalise: goalposts, truncated") {
  // Goalposts 0 and 8 on -2, 4, 10: (x - 0) / 8 = -0.25, 0.5, 1.25 -> truncated to 0, 0.5, 1 -> 0, 50, 100.
  const Normalisation n{NormalisationKind::goalposts, 0.0, 8.0};
  check(normalised({-2.0, 4.0, 10.0}, n, k_higher), {0.0, 50.0, 100.0});
  // Lower is better: (8 - x) / 8 = 1.25, 0.5, -0.25 -> 100, 50, 0.
  check(normalised({-2.0, 4.0, 10.0}, n, k_lower), {100.0, 50.0, 0.0});
}

TEST_CASE("normalise: a missing value stays missing and is left out of the reference") {
  const Column got = normalised({2.0, std::nullopt, 10.0}, Normalisation{NormalisationKind::min_max, 0.0, 100.0},
                                k_higher);
  REQUIRE(got.size() == 3);
  CHECK(*got[0] == Approx(0.0));
  CHECK_FALSE(got[1].has_value());
  CHECK(*got[2] == Approx(100.0));
}

TEST_CASE("normalise: ids and descriptions") {
  CHECK(itzones::normalisation_kind("percentile_rank") == NormalisationKind::percentile_rank);
  CHECK_FALSE(itzones::normalisation_kind("minmax").has_value());
  CHECK(itzones::normalisation_id(NormalisationKind::goalposts) == "goalposts");
  CHECK(itzones::describe(Normalisation{NormalisationKind::min_max, 1.0, 100.0}) == "min_max:1:100");
  CHECK(itzones::describe(Normalisation{NormalisationKind::z_score}) == "z_score");
}
