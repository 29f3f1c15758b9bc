#pragma once
// The region table and the boundaries a command works on (--boundaries, and the study's
// "boundaries" and "regions" members; docs/data.md, "Boundary rules").

#include <optional>
#include <string>
#include <vector>

#include "itzones/boundaries.hpp"
#include "itzones/evaluation.hpp"
#include "itzones/industry.hpp"
#include "itzones/regions.hpp"
#include "itzones/study.hpp"

namespace itzones::cli {

struct RegionSetup {
  std::optional<RegionRegistry> registry;  // nullopt: no region table found, nothing is checked
  std::string path;                        // where the table was read
  std::optional<int> year;                 // the boundary year; nullopt = the regions as given
};

// The boundary year: `option` ("none", a year, or "" to keep the study's). The region table:
// the study's "regions", else the bundled data/regions/kz_regions.csv when it is found.
// Errors: a malformed --boundaries value; boundaries without a region table; the table's own.
Result<RegionSetup> region_setup(const Study& study, const std::string& option);

// Stage-1 periods on the boundaries, the method's numerators and denominators summed (returns
// what was summed); without boundaries, each period is checked for double counting and the first
// and last for region sets that a split explains. Errors from map_to_boundaries(),
// check_no_double_counting() and check_same_regions().
Result<std::vector<BoundaryMapping>> fit_periods(const RegionSetup& setup, const Method& method,
                                                 std::vector<PeriodInput>& periods);

// Stage-2 matrices on the boundaries (returns what was summed), or checked for double counting.
Result<std::vector<BoundaryMapping>> fit_matrices(const RegionSetup& setup, std::vector<IndustryMatrix>& matrices);

struct Context;

// Says on ctx.err what the boundaries summed: `itzones: note: on the boundaries of 2014: ...`.
void note_merges(Context& ctx, const RegionSetup& setup, const std::vector<BoundaryMapping>& mappings);

}  // namespace itzones::cli
