#pragma once
// Uncertainty analysis: how each region's rank and class move when the method's reasonable
// choices — weights, normalisation, aggregation — are drawn at random, run after run.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/method.hpp"
#include "itzones/table.hpp"

namespace itzones {

// How a run draws the weights of every set of siblings (an indicator group's indicators, a
// group's groups, the index's groups).
enum class WeightDraw {
  nominal,    // the method's weights in every run
  uniform,    // each weight times 1 + U(-spread, spread), independently
  dirichlet,  // the set's shares ~ Dirichlet(concentration * k * nominal share), k siblings
};

struct RobustnessOptions {
  std::size_t runs = 1000;
  std::uint64_t seed = 1;
  WeightDraw weights = WeightDraw::uniform;
  double spread = 0.25;         // uniform: 0 <= spread < 1
  double concentration = 10.0;  // dirichlet: > 0; larger = closer to the nominal shares
  // The choices a run draws from, each with equal probability; empty = the method's own only.
  // An indicator with its own normalisation keeps it in every run.
  std::vector<Normalisation> normalisations;
  std::vector<std::vector<Aggregation>> aggregations;  // each as Method::aggregation
  unsigned threads = 1;                                // results do not depend on it
};

// Runs done and runs in all, for a progress display.
using RobustnessProgress = std::function<void(std::size_t done, std::size_t total)>;

struct RegionRobustness {
  Region region;
  double nominal_index = 0.0;
  std::size_t nominal_rank = 0;
  std::string nominal_class;
  double median_rank = 0.0;  // mean of the two middle ranks for an even number of runs
  std::size_t rank_p05 = 0;  // nearest-rank percentiles: the ceil(0.05 * runs)-th smallest rank
  std::size_t rank_p95 = 0;  // and the ceil(0.95 * runs)-th
  double median_index = 0.0;
  double index_p05 = 0.0;
  double index_p95 = 0.0;
  std::vector<double> class_probability;  // per class of the method, in its order; sums to 1
};

// One row of the one-at-a-time analysis: one choice varied, everything else nominal.
struct SensitivityRow {
  std::string factor;  // "normalisation", "aggregation" or "weights"
  std::string choice;  // e.g. "min_max:0:100", "geometric", "indicators of group r_is"
  std::size_t runs = 1;
  double mean_rank_shift = 0.0;  // mean over runs and regions of |rank - nominal rank|
  std::size_t max_rank_shift = 0;
  double class_change_share = 0.0;  // share of (run, region) pairs whose class is not the nominal
  // Why the choice cannot be built with everything else nominal (e.g. a geometric mean meeting
  // the method's own normalisation's zeros); then runs is 0 and the shifts are 0. Empty otherwise.
  std::string unbuildable = {};
};

struct Robustness {
  std::string period;
  RobustnessOptions options;              // as run: the choice lists filled in
  std::vector<RegionRobustness> regions;  // by nominal rank
  std::vector<SensitivityRow> sensitivity;  // largest mean rank shift first, unbuildable ones last
  // Every run r, with region j as in `regions`: choices, then index, rank and class index.
  std::vector<std::size_t> run_normalisation;  // into options.normalisations
  std::vector<std::size_t> run_aggregation;    // into options.aggregations
  std::vector<double> run_index;               // [r * regions.size() + j]
  std::vector<std::uint32_t> run_rank;
  std::vector<std::uint16_t> run_class;  // empty when the method has no classes
};

// Runs options.runs rebuilds of `method`'s index over `table` and summarises them, then the
// one-at-a-time analysis: each other normalisation and aggregation once (a row saying why, when
// it cannot be built with the rest nominal), and each set of sibling weights alone for
// min(runs, 1000) draws. Run r draws from Random(stream_seed(seed, 0, r)):
// the weights set by set in the method's order, then a normalisation, then an aggregation; so
// the result depends on the seed, never on options.threads. With nominal weights and one
// normalisation and aggregation every run reproduces rate(). Errors: rate()'s, options out of
// range, and any choice that cannot be built (e.g. a geometric mean meeting a 0), naming it.
// `progress`, if set, is called after each piece of the options.runs rebuilds with the runs done
// so far and options.runs, one call at a time but from any worker thread.
Result<Robustness> robustness(const RegionTable& table, const Method& method, const std::string& period,
                              const RobustnessOptions& options, const RobustnessProgress& progress = {});

}  // namespace itzones
