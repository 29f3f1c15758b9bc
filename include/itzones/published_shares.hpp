#pragma once
// Checking a published table of regions' shares of a national industry total (the paper's
// Table 7) against itself and against the shares computed by stage 2.

#include <cstddef>
#include <string>
#include <vector>

#include "itzones/reproduce.hpp"
#include "itzones/specialise.hpp"
#include "itzones/table.hpp"

namespace itzones {

// How a published value was printed: a number (0 included), or a dash meaning "no such
// phenomenon" — an exact 0 that carries no rounding.
enum class Printed { number, dash };

struct PublishedShare {
  std::string period;
  std::string region_id;
  double value = 0.0;
  Printed printed = Printed::number;
  int decimals = 0;  // printed after the decimal mark
  Location where;
};

// Do a period's published shares sum to 1 within their rounding? Each of the `numbers` values
// printed as numbers may be off by half a unit of the column's last printed decimal, so
// |sum - 1| <= numbers x 0.5 x 10^-decimals (dashes are exact).
struct ShareSumCheck {
  std::string period;
  std::size_t regions = 0;
  std::size_t numbers = 0;
  int decimals = 0;  // the most decimals printed in the period's column
  double sum = 0.0;
  double tolerance = 0.0;
  bool ok = false;
};

// One published share against the computed share_of_national_industry. A row matches when
// |computed - published| <= 0.5 x 10^-decimals (the column's decimals; plus 1e-9 relative).
struct ShareRow {
  std::string period;
  Region region;
  double published = 0.0;
  Printed printed = Printed::number;
  int decimals = 0;  // printed after the decimal mark
  double computed = 0.0;
  double difference = 0.0;  // computed - published
  ReproductionStatus status = ReproductionStatus::match;
  std::string reason;  // for `known`
};

struct ShareReproduction {
  std::vector<ShareSumCheck> sums;  // per published period, in the order first published
  std::vector<ShareRow> rows;       // per computed period, regions in published order
  std::vector<std::string> problems;  // regions or periods on one side only, stale declarations
  bool ok = false;                    // every sum within tolerance, no drift, no problem
};

// Checks the sums of `published`, and compares it with the share_of_national_industry of each
// computed period of the same id. A published period without a computed one, or a computed one
// without share_of_national_industry, is a problem.
ShareReproduction reproduce_shares(const std::vector<Specialisation>& computed,
                                   const std::vector<PublishedShare>& published,
                                   const std::vector<KnownInconsistency>& known);

}  // namespace itzones
