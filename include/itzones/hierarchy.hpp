#pragma once
// A method's tree (indicators -> groups -> ... -> index), checked and indexed for computation.

#include <cstddef>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/method.hpp"

namespace itzones {

struct Hierarchy {
  std::size_t levels = 0;                      // levels above the indicators, the index included
  std::vector<std::size_t> indicator_group;    // per indicator: its group
  std::vector<std::size_t> group_level;        // per group: 1 = it aggregates indicators
  std::vector<std::vector<std::size_t>> children;  // per group: its indicators (level 1) or groups
  std::vector<std::size_t> top;                // the groups the index aggregates
  std::vector<std::size_t> order;              // every group after all of its children
  std::vector<Aggregation> aggregation;        // per level: aggregation[level - 1]

  // The weighted mean used at `level` (1 .. levels).
  Aggregation at(std::size_t level) const { return aggregation[level - 1]; }
};

// Checks `method` and indexes its tree. Children keep the method's order. Errors name the JSON
// path of the method file's schema (docs/method.md), e.g. `at /groups/2/parent: unknown group
// "x"`: no indicators or groups, an empty or duplicate id, an unknown group or parent, a cycle,
// a group without children or with both indicators and groups, paths from the indicators to the
// index of different lengths, a weight that is not positive, a range or goalposts with
// lower >= upper, an aggregation list that is neither 1 long nor 1 per level, classes not in
// descending order.
Result<Hierarchy> hierarchy(const Method& method);

}  // namespace itzones
