#pragma once
// Comparison of computed ratings with a published rating table (the paper's Table 6).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "itzones/method.hpp"
#include "itzones/rating.hpp"

namespace itzones {

struct PublishedScore {
  std::string period;
  std::string region_id;
  double index = 0.0;
  std::string rating_class;
  Location where;
};

// A disagreement the study declares as the source's own error, with the reason in words.
struct KnownInconsistency {
  std::string period;
  std::string region_id;
  std::string reason;
};

// The declaration for this period and region, or nullptr.
const KnownInconsistency* find_known(const std::vector<KnownInconsistency>& known,
                                     const std::string& period, const std::string& region);

enum class ReproductionStatus {
  match,  // index within tolerance and the same class
  drift,  // outside tolerance or a different class
  known,  // drifts, and the study declares why
};

// What one indicator's share would have to be for the computed index to equal the published
// one, all else unchanged; listed only where that share lies in [0, 100].
struct ShareExplanation {
  std::string indicator;
  double actual_share = 0.0;
  double required_share = 0.0;
};

struct ReproductionRow {
  std::string period;
  Region region;
  double published = 0.0;
  std::string published_class;
  double computed = 0.0;
  std::string computed_class;
  double difference = 0.0;  // computed - published
  ReproductionStatus status = ReproductionStatus::match;
  std::string reason;  // for `known`
  std::vector<ShareExplanation> explanations;  // for `drift` and `known`
};

struct PeriodSummary {
  std::string period;
  double tolerance = 0.0;
  std::size_t regions = 0;
  std::size_t within_tolerance = 0;
  std::size_t classes_equal = 0;
  double max_difference = 0.0;  // over matching and drifting rows, not `known` ones
};

struct Reproduction {
  std::vector<ReproductionRow> rows;  // per period in study order, regions in published order
  std::vector<PeriodSummary> periods;
  std::vector<std::string> problems;  // published regions not rated and vice versa, stale known
  bool ok = false;                    // no drift and no problems
};

// Compares each computed period with the published scores of that period. `tolerance` maps a
// period to the largest allowed |computed - published|.
Reproduction reproduce(const Method& method, const std::vector<PeriodRating>& computed,
                       const std::vector<PublishedScore>& published,
                       const std::map<std::string, double>& tolerance,
                       const std::vector<KnownInconsistency>& known);

}  // namespace itzones
