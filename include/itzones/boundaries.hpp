#pragma once
// Results on fixed boundaries: the regions of a period's data summed onto the regions that
// existed in a boundary year (docs/data.md, "Boundary rules"). Newer regions are summed into
// the regions they were split from; a region is never divided, and a region is never added to
// its own parts.
//
// Reading convention (the BNS back-casts this way): a region that continued after a part was
// split from it is read, in a period in which that part has a row of its own, as the region
// without the part; in a period before the split without such a row, as the whole.

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/industry.hpp"
#include "itzones/regions.hpp"
#include "itzones/table.hpp"

namespace itzones {

// One region on the boundaries: the input rows summed into it.
struct RegionGroup {
  Region region;                     // the identity's id; the registry's names when rows were summed
  std::vector<std::size_t> rows;     // input rows, in input order
  std::vector<std::string> members;  // the identities of those rows
};

struct BoundaryMapping {
  std::string period;
  int year = 0;                     // the boundary year
  std::vector<RegionGroup> groups;  // in the input order of their first row
};

// The year of a period id such as "2014". Error: `period "x" is not a year: boundaries need
// the year of the data`.
Result<int> period_year(const std::string& period);

// Refuses a period whose rows include a region together with a part of it that is summed in
// it: a dissolved region beside any of its parts (South Kazakhstan beside Shymkent), e.g.
// `2014: KZ-YUZ (South Kazakhstan) and its parts KZ-61 (Turkistan), KZ-79 (Shymkent) all have
// rows: KZ-YUZ is their sum, so its figures would be counted twice; keep either KZ-YUZ or its
// parts`. Also refuses two rows naming one identity. Ids the registry does not know are skipped.
Result<void> check_no_double_counting(const RegionRegistry& registry, const std::string& period,
                                      const std::vector<Region>& regions);

// Maps the rows of one period (its id a year) onto the regions of `boundary_year`. Errors,
// each naming period and regions: an id the registry does not know; double counting; a region
// that would have to be divided (it ceased before the boundary year, or a part was split from
// it between the data year and the boundary year without a row of its own); a region on the
// boundaries that cannot be formed because a part or the remainder has no row.
Result<BoundaryMapping> map_to_boundaries(const RegionRegistry& registry, const std::string& period,
                                          const std::vector<Region>& regions, int boundary_year);

// The table on the boundaries: `additive` columns are summed (missing when any part is
// missing, with the most decimals of the parts); any other column (a printed ratio) is kept
// for a region of one row and missing for a summed one, so ratios are recomputed from sums.
RegionTable apply_mapping(const RegionTable& table, const BoundaryMapping& mapping,
                          const std::set<std::string>& additive);

// The matrix on the boundaries: every industry summed over the rows of each region.
IndustryMatrix apply_mapping(const IndustryMatrix& matrix, const BoundaryMapping& mapping);

// What the mappings summed, one line per merge with the periods it applied to, e.g.
// `KZ-61 (Turkistan) + KZ-79 (Shymkent) summed into KZ-YUZ (South Kazakhstan): 2011–2024` or,
// for a region that continued, `KZ-10 (Abai) summed into KZ-VOS (East Kazakhstan): 2021–2024`.
std::vector<std::string> describe_merges(const RegionRegistry& registry,
                                         const std::vector<BoundaryMapping>& mappings);

// The region ids of one period, for comparing periods.
struct PeriodRegions {
  std::string period;
  std::vector<std::string> ids;
};

// What is compared: ratings (the message says the periods "rate" regions, as compare_periods()
// does) or a series of any measure ("cover").
enum class Comparison { rating, series };

// Error when a period covers other regions than the first, e.g. `periods 2014 and 2022 cover
// different regions (only in 2014: none; only in 2022: KZ-10, KZ-33, KZ-62); KZ-10 (Abai) was
// split from KZ-VOS (East Kazakhstan) in 2022; ...; compare them on the boundaries of one year:
// --boundaries 2014 (or "boundaries": 2014 in the study) sums newer regions into the regions
// they were split from`. Without a split in `registry` (may be null) to explain the difference,
// the message ends as compare_periods()'s: `give both periods the same region_ids`.
Result<void> check_same_regions(const RegionRegistry* registry, const std::vector<PeriodRegions>& periods,
                                Comparison comparison);

}  // namespace itzones
