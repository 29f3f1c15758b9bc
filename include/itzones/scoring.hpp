#pragma once
// Building the index from indicator values: normalise every indicator, then aggregate level by
// level up the method's hierarchy. rate() builds once; robustness() rebuilds many times.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "itzones/hierarchy.hpp"
#include "itzones/indicator_values.hpp"

namespace itzones {

// The weights of one build: per indicator (within its group) and per group (within its parent).
struct Weights {
  std::vector<double> indicators;
  std::vector<double> groups;
};

// The weights the method states.
Weights nominal_weights(const Method& method);

// Normalises every indicator of `raw` with its own normalisation, or `global` when it has none.
// Errors: normalise()'s, prefixed with `indicator "x" in <period>: `.
Result<IndicatorColumns> normalise_all(const Method& method, const IndicatorColumns& raw,
                                       const Normalisation& global, const std::string& period);

// Positions of the regions, best first: index descending, then region id ascending (ids are
// unique, so the order is total).
std::vector<std::size_t> rank_order(std::span<const double> index, std::span<const std::string> ids);

struct IndexScores {
  std::vector<std::vector<double>> groups;  // groups[g][i]: group g of region i
  std::vector<double> index;                // per region
};

// Aggregates normalised values into group scores and the index. Keeps its scratch space between
// builds, so one builder per thread rebuilds without allocating. `method` and `hierarchy` must
// outlive the builder.
class IndexBuilder {
 public:
  IndexBuilder(const Method& method, const Hierarchy& hierarchy, std::vector<std::string> region_ids);

  // Fills `out` from `normalised` (one column per indicator, one row per region id) with
  // `weights` and the weighted mean `aggregation[level - 1]` at each level. A dropped value
  // (nullopt) is left out and its siblings' weights rescaled. Errors name the group (or the
  // index) and region: a group none of whose indicators has a value, and weighted_mean()'s
  // (a geometric or harmonic mean meeting a value <= 0).
  Result<void> build(const IndicatorColumns& normalised, const Weights& weights,
                     std::span<const Aggregation> aggregation, IndexScores& out);

 private:
  // Accumulates one child's `values` (one per region; a missing one is skipped) with weight `w`
  // into m_sums / m_weight_sums for `group` (nullopt: the index).
  template <class Value>
  Result<void> add(std::optional<std::size_t> group, std::span<const Value> values, double w,
                   Aggregation aggregation);
  // The means of the accumulated sums into `out`, one per region.
  Result<void> finish_into(std::optional<std::size_t> group, Aggregation aggregation, std::vector<double>& out);
  // `group "g" for region "r": message` (or `the index for ...`).
  Diagnostic node_error(std::optional<std::size_t> group, std::size_t region, const std::string& message) const;

  const Method& m_method;
  const Hierarchy& m_hierarchy;
  std::vector<std::string> m_region_ids;
  std::vector<double> m_sums;         // per region, of the node being built
  std::vector<double> m_weight_sums;
};

// Everything one build under the method's own normalisation, weights and aggregation produces.
struct NominalBuild {
  Hierarchy tree;
  std::vector<std::string> ids;  // region ids, in table order
  IndicatorValues raw;
  IndicatorColumns normalised;
  IndexScores scores;
};

// Builds `table` once as the method says, with values formed by indicator_values() under
// `treatment`. Errors: those of hierarchy(), indicator_values() and normalise_all(), and the
// builder's prefixed with `<period>: `.
Result<NominalBuild> build_nominal(const RegionTable& table, const Method& method, const std::string& period,
                                   const PublishedOverride& use_published, MissingTreatment treatment);

}  // namespace itzones
