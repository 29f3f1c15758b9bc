#pragma once
// Stage-2 results over a series of periods: one region measure by region and period, and what
// makes periods incomparable (other regions, other industry breakdowns).

#include <optional>
#include <string>
#include <vector>

#include "itzones/boundaries.hpp"
#include "itzones/measures.hpp"
#include "itzones/specialise.hpp"

namespace itzones {

struct SeriesTable {
  Measure measure = Measure::share_of_national_industry;
  std::string industry;
  std::vector<std::string> periods;          // in input order
  std::vector<Region> regions;               // by the last period's value descending, then region_id
  std::vector<std::vector<double>> values;   // values[region][period]
};

// `measure` of every region in every period. Errors: no periods; the measure was not computed in
// a period; periods that cover different regions (check_same_regions(), Comparison::series, so
// the message names the regions and the splits behind them; `registry` may be null).
Result<SeriesTable> measure_over_time(const std::vector<Specialisation>& periods, Measure measure,
                                      const RegionRegistry* registry);

// When the periods' industry breakdowns (their `industries`) differ, what that means for
// comparing them, e.g. `the industries differ
// between periods (2010–2013: 11, only there: OTHER_SERVICES; 2014–2024: 19, only there: I, K,
// ...): measures over all industries (Krugman, Gini, HHI, entropy, Theil, concentration of
// industries) compare only between periods of one breakdown; the share and location quotient of
// J compare across all periods: J is in every breakdown, and each breakdown covers the whole
// economy`; nullopt when all agree.
std::optional<std::string> industry_breakdown_note(const std::vector<Specialisation>& periods);

}  // namespace itzones
