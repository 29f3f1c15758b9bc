#pragma once
// Stage 1: the innovation rating of one period, and the change between two periods.

#include <cstddef>
#include <string>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/indicator_values.hpp"
#include "itzones/method.hpp"
#include "itzones/table.hpp"

namespace itzones {

struct IndicatorScore {
  double raw = 0.0;
  ValueSource source = ValueSource::recomputed;
  double normalised = 0.0;  // under the method's normalisation (the paper's: percent of the best)
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
  std::vector<MissingValue> missing = {};  // what the method's missing-value treatment did
};

// Rates every region of `table` under `method` (checked by hierarchy() first): indicator values
// (indicator_values()), normalised (normalise_all()), aggregated (IndexBuilder), classified and
// ranked. A dropped value has source `missing` and raw and normalised values 0. Errors: the
// method's, a negative component, a zero denominator, an indicator that cannot be formed for a
// region (under MissingTreatment::error), a normalisation that cannot be formed (e.g. a best
// value of 0), a mean that cannot be formed — each naming indicator or group, period and region
// (and file:line where a cell is at fault).
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
