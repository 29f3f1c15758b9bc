#pragma once
// Stage 1 of a whole study in one value: ratings per period, changes, audit findings.
// Computed once, then rendered by any writer without recomputation.

#include <set>
#include <string>
#include <vector>

#include "itzones/audit.hpp"
#include "itzones/method.hpp"
#include "itzones/rating.hpp"
#include "itzones/table.hpp"

namespace itzones {

struct PeriodInput {
  std::string period;
  RegionTable table;
};

struct Evaluation {
  Method method;
  std::vector<PeriodRating> ratings;    // in input order
  std::vector<RegionChange> changes;    // last period against the first; empty for one period
  std::vector<AuditFinding> findings;   // all periods, in input order
};

// The columns a method reads: numerators, denominators and published ratios.
std::set<std::string> input_columns(const Method& method);

// Names of the method's indicators that cannot be formed from the table's columns at all
// (neither both components nor the published ratio is a column), with what they need.
std::vector<std::string> unformable_indicators(const RegionTable& table, const Method& method);

// Rates every period, audits it, and compares the last period with the first.
Result<Evaluation> evaluate(const Method& method, const std::vector<PeriodInput>& periods);

}  // namespace itzones
