// The uncertainty analysis (include/itzones/robustness.hpp): our random numbers, determinism
// for a seed and across thread counts, the nominal case, statistical properties, and the
// one-at-a-time table against ranks worked out by hand.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "app.hpp"
#include "inputs.hpp"
#include "itzones/random.hpp"
#include "itzones/rating.hpp"
#include "itzones/robustness.hpp"
#include "method_fixtures.hpp"
#include "robustness_report.hpp"
#include "study_json.hpp"

namespace {

using namespace itzones;
using namespace itzones::testing;

Robustness analysed(const RegionTable& table, const Method& method, const RobustnessOptions& options) {
  auto r = robustness(table, method, "2020", options);
  if (!r) FAIL(to_string(r.error()));
  return *r;
}

std::string error_of(const RegionTable& table, const Method& method, const RobustnessOptions& options) {
  auto r = robustness(table, method, "2020", options);
  REQUIRE_FALSE(r.has_value());
  return to_string(r.error());
}

// The paper's 2014 inputs.
RegionTable paper_2014() {
  const auto study = io::load_study(std::string(ITZONES_DATA_DIR) + "/kazakhstan/study.json");
  REQUIRE(study.has_value());
  const auto periods = io::load_periods(*study, kireyeva2017(), {});
  REQUIRE(periods.has_value());
  return periods->back().table;
}

// Two regions that split the two indicators of one group: A = (100, 50), B = (50, 100) as
// percent of the best. A's index (100 w1 + 50 w2) / (w1 + w2) beats B's exactly when w1 > w2,
// and is >= 75 (class "high") exactly when w1 >= w2.
Method split_method() {
  Method m = method_of({column_indicator("i1", "g"), column_indicator("i2", "g")}, {group_of("g")});
  m.classes = {{"high", 75.0, {}}, {"low", 0.0, {}}};
  return m;
}
const RegionTable k_split = table_of({"A", "B"}, {{"i1", {100, 50}}, {"i2", {50, 100}}});

}  // namespace

TEST_CASE("random: SplitMix64 gives the reference sequence") {
  // The published test vector of SplitMix64 for seed 1234567.
  Random random(1234567);
  CHECK(random.next() == 6457827717110365317ULL);
  CHECK(random.next() == 3203168211198807973ULL);
  CHECK(random.next() == 9817491932198370423ULL);
  CHECK(random.next() == 4593380528125082431ULL);
  CHECK(random.next() == 16408922859458223821ULL);
}

TEST_CASE("random: uniform, below and gamma stay in range; gamma has the right mean") {
  Random random(stream_seed(42, 0, 0));
  double gamma_sum = 0.0;
  constexpr int k_draws = 20000;
  for (int i = 0; i < k_draws; ++i) {
    const double u = random.uniform();
    REQUIRE(u >= 0.0);
    REQUIRE(u < 1.0);
    REQUIRE(random.below(3) < 3);
    const double g = random.gamma(i % 2 == 0 ? 0.5 : 4.0);
    REQUIRE(g > 0.0);
    gamma_sum += g;
  }
  // E[Gamma(k, 1)] = k: half the draws with 0.5, half with 4, so the mean is 2.25; the sd of
  // the mean is sqrt((0.5 + 4) / 2 / 20000) = 0.0106, and 0.06 is over five of them.
  CHECK(gamma_sum / k_draws == Approx(2.25).margin(0.06));
}

TEST_CASE("robustness: nominal weights and the method's choices reproduce rate() in every run") {
  const RegionTable table = paper_2014();
  const Method method = kireyeva2017();
  RobustnessOptions o;
  o.runs = 40;
  o.weights = WeightDraw::nominal;
  o.threads = 2;
  const Robustness r = analysed(table, method, o);
  const auto nominal = rate(table, method, "2020");
  REQUIRE(nominal.has_value());
  REQUIRE(r.regions.size() == nominal->regions.size());
  for (std::size_t j = 0; j < r.regions.size(); ++j) {
    const RegionScore& expected = nominal->regions[j];
    const RegionRobustness& got = r.regions[j];
    CHECK(got.region.id == expected.region.id);
    CHECK(got.nominal_index == expected.index);
    CHECK(got.nominal_rank == expected.rank);
    CHECK(got.median_rank == static_cast<double>(expected.rank));
    CHECK(got.rank_p05 == expected.rank);
    CHECK(got.rank_p95 == expected.rank);
    for (std::size_t run = 0; run < o.runs; ++run) {
      REQUIRE(r.run_index[run * r.regions.size() + j] == expected.index);
    }
    const std::size_t c = *method.class_index(expected.index);
    CHECK(got.class_probability[c] == 1.0);
  }
  CHECK(r.sensitivity.empty());
}

TEST_CASE("robustness: nominal weights and one other choice reproduce rate() of that variant in every run") {
  // The runs all build min_max [1, 100] with geometric means; each must equal rating the method
  // changed to those choices, bit for bit, while the nominal columns stay the method's own.
  const RegionTable table = paper_2014();
  const Method method = kireyeva2017();
  Method variant = method;
  variant.normalisation = Normalisation{NormalisationKind::min_max, 1.0, 100.0};
  variant.aggregation = {Aggregation::geometric};
  RobustnessOptions o;
  o.runs = 20;
  o.weights = WeightDraw::nominal;
  o.normalisations = {variant.normalisation};
  o.aggregations = {variant.aggregation};
  o.threads = 2;
  const Robustness r = analysed(table, method, o);
  const auto own = rate(table, method, "2020");
  const auto changed = rate(table, variant, "2020");
  REQUIRE(own.has_value());
  REQUIRE(changed.has_value());
  const std::size_t n = r.regions.size();
  for (std::size_t j = 0; j < n; ++j) {
    CHECK(r.regions[j].nominal_index == own->regions[j].index);
    const RegionScore* expected = nullptr;
    for (const RegionScore& s : changed->regions) {
      if (s.region.id == r.regions[j].region.id) expected = &s;
    }
    REQUIRE(expected != nullptr);
    CHECK(r.regions[j].median_rank == static_cast<double>(expected->rank));
    CHECK(r.regions[j].rank_p05 == expected->rank);
    CHECK(r.regions[j].rank_p95 == expected->rank);
    for (std::size_t run = 0; run < o.runs; ++run) {
      REQUIRE(r.run_index[run * n + j] == expected->index);
      REQUIRE(r.run_rank[run * n + j] == expected->rank);
    }
  }
  // One row per factor that differs from the method: the normalisation and the aggregation.
  REQUIRE(r.sensitivity.size() == 2);
}

TEST_CASE("robustness: the command's output is the same bytes on 1 and 2 threads") {
  const auto output = [](const std::string& threads, const std::string& seed) {
    std::ostringstream out;
    std::ostringstream err;
    const int code = cli::run_cli({"robustness", "--runs", "500", "--seed", seed, "--weights", "dirichlet",
                                   "--normalisations", "percent_of_best,min_max:1:100", "--aggregations",
                                   "arithmetic,geometric", "--threads", threads, "--format", "json"},
                                  out, err);
    INFO(err.str());
    REQUIRE(code == 0);
    return out.str();
  };
  const std::string one = output("1", "5");
  CHECK(output("2", "5") == one);
  CHECK(output("2", "6") != one);
}

TEST_CASE("robustness: the same seed gives the same result on any number of threads") {
  const RegionTable table = paper_2014();
  RobustnessOptions o;
  o.runs = 300;
  o.seed = 7;
  o.weights = WeightDraw::dirichlet;
  o.normalisations = {Normalisation{NormalisationKind::percent_of_best},
                      Normalisation{NormalisationKind::min_max, 1.0, 100.0}};
  o.aggregations = {{Aggregation::arithmetic}, {Aggregation::geometric}};
  o.threads = 1;
  const Robustness one = analysed(table, kireyeva2017(), o);
  for (const unsigned threads : {2U, 3U}) {
    o.threads = threads;
    const Robustness many = analysed(table, kireyeva2017(), o);
    CHECK(many.run_index == one.run_index);
    CHECK(many.run_rank == one.run_rank);
    CHECK(many.run_class == one.run_class);
    CHECK(many.run_normalisation == one.run_normalisation);
    REQUIRE(many.sensitivity.size() == one.sensitivity.size());
    for (std::size_t k = 0; k < one.sensitivity.size(); ++k) {
      CHECK(many.sensitivity[k].choice == one.sensitivity[k].choice);
      CHECK(many.sensitivity[k].mean_rank_shift == one.sensitivity[k].mean_rank_shift);
    }
  }
  o.seed = 8;
  CHECK(analysed(table, kireyeva2017(), o).run_index != one.run_index);
}

TEST_CASE("robustness: symmetric weight draws split a symmetric contest evenly") {
  for (const WeightDraw draw : {WeightDraw::uniform, WeightDraw::dirichlet}) {
    RobustnessOptions o;
    o.runs = 4000;
    o.weights = draw;
    o.threads = 2;
    const Robustness r = analysed(k_split, split_method(), o);
    // P(A first) = P(w1 > w2) = 1/2; the sd of a share over 4000 runs is sqrt(0.25/4000) = 0.0079.
    std::size_t a_first = 0;
    for (std::size_t run = 0; run < o.runs; ++run) {
      const std::size_t a = r.regions[0].region.id == "A" ? 0 : 1;
      a_first += r.run_rank[run * 2 + a] == 1 ? 1 : 0;
    }
    CHECK(static_cast<double>(a_first) / static_cast<double>(o.runs) == Approx(0.5).margin(0.04));
    for (const RegionRobustness& region : r.regions) {
      CHECK(region.class_probability[0] == Approx(0.5).margin(0.04));
      CHECK(region.class_probability[0] + region.class_probability[1] == Approx(1.0));
      CHECK(region.rank_p05 == 1);
      CHECK(region.rank_p95 == 2);
      CHECK(region.index_p05 >= 50.0);
      CHECK(region.index_p95 <= 100.0);
    }
  }
}

TEST_CASE("robustness: one choice at a time, against ranks worked out by hand") {
  // i1: A 100, B 90, C 80; i2: A 0, B 10, C 20.
  // percent of the best: i1 100, 90, 80; i2 0, 50, 100 -> index A 50, B 70, C 90 -> ranks A 3, B 2, C 1.
  // min-max: i1 100, 50, 0; i2 0, 50, 100 -> index 50 for all -> by id: A 1, B 2, C 3.
  // Rank shifts A 2, B 0, C 2: mean 4/3, largest 2.
  const Method m = method_of({column_indicator("i1", "g"), column_indicator("i2", "g")}, {group_of("g")});
  const RegionTable t = table_of({"A", "B", "C"}, {{"i1", {100, 90, 80}}, {"i2", {0, 10, 20}}});
  RobustnessOptions o;
  o.runs = 400;
  o.weights = WeightDraw::nominal;
  o.normalisations = {Normalisation{NormalisationKind::percent_of_best}, Normalisation{NormalisationKind::min_max}};
  const Robustness r = analysed(t, m, o);
  REQUIRE(r.sensitivity.size() == 1);
  CHECK(r.sensitivity[0].factor == "normalisation");
  CHECK(r.sensitivity[0].choice == "min_max:0:100");
  CHECK(r.sensitivity[0].mean_rank_shift == Approx(4.0 / 3.0));
  CHECK(r.sensitivity[0].max_rank_shift == 2);
  // Runs draw either normalisation: B stays second, A and C take ranks 1 and 3 by turns.
  CHECK(r.regions[1].region.id == "B");
  CHECK(r.regions[1].rank_p05 == 2);
  CHECK(r.regions[1].rank_p95 == 2);
  CHECK(r.regions[2].region.id == "A");
  CHECK(r.regions[2].rank_p05 == 1);
  CHECK(r.regions[2].rank_p95 == 3);
}

TEST_CASE("robustness: a one-at-a-time choice that cannot be built with the rest nominal says why") {
  // i1: A 100, B 0; i2: A 50, B 100. The runs draw min_max [1, 100] with geometric means: every
  // value >= 1, so they build. One at a time:
  //  - min_max [1, 100] with the method's arithmetic means: i1 A 100, B 1; i2 A 1, B 100 -> both
  //    50.5, A first by id, as nominally (percent of the best: A (100 + 50) / 2 = 75, B 50): shift 0;
  //  - geometric means with the method's percent of the best: B's i1 is 0, which they cannot take.
  const RegionTable t = table_of({"A", "B"}, {{"i1", {100, 0}}, {"i2", {50, 100}}});
  RobustnessOptions o;
  o.runs = 10;
  o.weights = WeightDraw::nominal;
  o.normalisations = {Normalisation{NormalisationKind::min_max, 1.0, 100.0}};
  o.aggregations = {{Aggregation::geometric}};
  const Robustness r = analysed(t, split_method(), o);
  REQUIRE(r.sensitivity.size() == 2);
  CHECK(r.sensitivity[0].choice == "min_max:1:100");
  CHECK(r.sensitivity[0].runs == 1);
  CHECK(r.sensitivity[0].max_rank_shift == 0);
  CHECK(r.sensitivity[0].unbuildable.empty());
  CHECK(r.sensitivity[1].factor == "aggregation");
  CHECK(r.sensitivity[1].choice == "geometric/geometric");
  CHECK(r.sensitivity[1].runs == 0);
  CHECK(r.sensitivity[1].unbuildable == "group \"g\" for region \"B\": a geometric mean needs values > 0, got 0");
  const auto doc = nlohmann::json::parse(io::render_robustness(r, split_method(), io::Format::json, io::Lang::en));
  CHECK(doc.at("sensitivity").at(1) == nlohmann::json({{"factor", "aggregation"},
                                                        {"choice", "geometric/geometric"},
                                                        {"runs", 0},
                                                        {"unbuildable", r.sensitivity[1].unbuildable}}));
}

TEST_CASE("robustness: an impossible combination or option is named before the runs") {
  RobustnessOptions o;
  o.normalisations = {Normalisation{NormalisationKind::min_max}};
  o.aggregations = {{Aggregation::geometric}};
  // min-max gives B 0 on i1 and A 0 on i2; i1 is aggregated first, so B is named.
  CHECK(error_of(k_split, split_method(), o) ==
        "itzones: error: min_max:0:100 with geometric/geometric means cannot be built: group \"g\" for region "
        "\"B\": a geometric mean needs values > 0, got 0");
  RobustnessOptions none;
  none.runs = 0;
  CHECK(error_of(k_split, split_method(), none) == "itzones: error: the number of runs must be at least 1");
  RobustnessOptions wide;
  wide.spread = 1.5;
  CHECK(error_of(k_split, split_method(), wide) == "itzones: error: the uniform weight spread must be in [0, 1), got 1.5");
}
