#pragma once
// The audit: every published derived column against its recomputation from raw columns.

#include <optional>
#include <string>
#include <vector>

#include "itzones/method.hpp"
#include "itzones/table.hpp"

namespace itzones {

enum class FindingKind {
  mismatch,   // a printed ratio differs from numerator/denominator*scale beyond its rounding
  precision,  // a printed ratio agrees, but is too coarse to reproduce indices to 2 decimals
};

struct AuditFinding {
  FindingKind kind = FindingKind::mismatch;
  std::string period;
  std::string column;
  // mismatch: the region and cell at fault, the two values, and the regions whose recomputed
  // value the printed one equals (a row carrying another region's figure), if any.
  std::string region_id;
  Location where;
  double printed = 0.0;
  double recomputed = 0.0;
  int decimals = 0;
  std::vector<std::string> matches_regions;
  // precision: how many indices move, and by how much at most, when the printed column
  // is used instead of the recomputation.
  std::size_t regions_moved = 0;
  double max_index_shift = 0.0;
};

// Decimals of the index as published; an index shift of half its last digit is visible.
inline constexpr int k_index_decimals = 2;

// Audits one period. A printed value v with d decimals matches the recomputation r when
// |v - r| <= 0.5 * 10^-d (plus a 1e-9 relative allowance for binary rounding).
// Findings come in column order of the method, then table row order.
std::vector<AuditFinding> audit(const RegionTable& table, const Method& method,
                                const std::string& period);

// One line of English describing a finding, e.g. for the CLI and reports.
std::string describe(const AuditFinding& finding);

}  // namespace itzones
