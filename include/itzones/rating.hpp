#pragma once
// Stage 1: the innovation rating of one period, and the change between two periods.

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/method.hpp"
#include "itzones/table.hpp"

namespace itzones {

// Where an indicator's raw value came from.
enum class ValueSource {
  recomputed,  // numerator / denominator * scale from the raw columns, full precision
  published,   // the source's printed ratio, because a component is absent
  column,      // the indicator is a single column
};

struct IndicatorScore {
  double raw = 0.0;
  ValueSource source = ValueSource::recomputed;
  double normalised = 0.0;  // percent of the best region
};

struct RegionScore {
  Region region;
  std::vector<IndicatorScore> indicators;  // in the method's indicator order
  std::vector<double> groups;              // in the method's group order (R_IS, R_IA)
  double index = 0.0;
  std::string rating_class;
  std::size_t rank = 0;  // 1 = best; ties broken by region_id
};

struct PeriodRating {
  std::string period;
  std::vector<RegionScore> regions;  // ranked: index descending, then region_id
};

// Which indicators use the published ratio even when the components are present (the audit
// uses this to measure what the printed precision costs); normally empty.
using PublishedOverride = std::set<std::string>;

// Rates every region of `table`. Errors: a negative component, a zero denominator, an
// indicator that cannot be formed for a region, or an indicator whose best value is not
// positive — each naming indicator, period and region (and file:line where a cell is at fault).
Result<PeriodRating> rate(const RegionTable& table, const Method& method,
                          const std::string& period, const PublishedOverride& use_published = {});

struct RegionChange {
  Region region;
  double earlier = 0.0;
  double later = 0.0;
  double percent = 0.0;  // later / earlier * 100, as the paper's Table 6
  std::string earlier_class;
  std::string later_class;
  std::size_t earlier_rank = 0;
  std::size_t later_rank = 0;
};

// The change of every region between two periods, in the later period's rank order.
// Error when the two periods rate different sets of regions (naming them) or an earlier index is 0.
Result<std::vector<RegionChange>> compare_periods(const PeriodRating& earlier,
                                                  const PeriodRating& later);

}  // namespace itzones
