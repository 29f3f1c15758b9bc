#include "itzones/audit.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cmath>

#include "itzones/rating.hpp"

namespace itzones {
namespace {

bool agrees(double printed, int decimals, double recomputed) {
  const double half_unit = 0.5 * std::pow(10.0, -decimals);
  return std::abs(printed - recomputed) <= half_unit + 1e-9 * std::abs(recomputed);
}

std::optional<double> recompute(const RegionTable& table, const Indicator& ind, std::size_t i) {
  const auto* num = table.column(ind.numerator);
  const auto* den = table.column(*ind.denominator);
  if (num == nullptr || den == nullptr || !(*num)[i].value || !(*den)[i].value ||
      *(*den)[i].value == 0) {
    return std::nullopt;
  }
  return *(*num)[i].value / *(*den)[i].value * ind.scale;
}

// Findings for one indicator's printed column; returns how many mismatches there were.
std::size_t audit_mismatches(const RegionTable& table, const Indicator& ind,
                             const std::string& period, std::vector<AuditFinding>& out) {
  const auto& printed = *table.column(ind.published);
  std::size_t count = 0;
  for (std::size_t i = 0; i < table.regions.size(); ++i) {
    const auto r = recompute(table, ind, i);
    if (!r || !printed[i].value || agrees(*printed[i].value, printed[i].decimals, *r)) continue;
    AuditFinding f;
    f.kind = FindingKind::mismatch;
    f.period = period;
    f.column = ind.published;
    f.region_id = table.regions[i].id;
    f.where = printed[i].where;
    f.printed = *printed[i].value;
    f.recomputed = *r;
    f.decimals = printed[i].decimals;
    for (std::size_t j = 0; j < table.regions.size(); ++j) {
      const auto other = recompute(table, ind, j);
      if (j != i && other && agrees(f.printed, f.decimals, *other)) {
        f.matches_regions.push_back(table.regions[j].id);
      }
    }
    out.push_back(std::move(f));
    ++count;
  }
  return count;
}

// Does using the printed column instead of the recomputation move any index visibly?
void audit_precision(const RegionTable& table, const Method& method, const Indicator& ind,
                     const std::string& period, std::vector<AuditFinding>& out) {
  const auto nominal = rate(table, method, period);
  const auto printed = rate(table, method, period, PublishedOverride{ind.id});
  if (!nominal || !printed) return;  // rating errors are reported by the rating itself
  AuditFinding f;
  f.kind = FindingKind::precision;
  f.period = period;
  f.column = ind.published;
  const double visible = 0.5 * std::pow(10.0, -k_index_decimals);
  for (const RegionScore& a : nominal->regions) {
    for (const RegionScore& b : printed->regions) {
      if (b.region.id != a.region.id) continue;
      const double shift = std::abs(b.index - a.index);
      if (shift >= visible) ++f.regions_moved;
      f.max_index_shift = std::max(f.max_index_shift, shift);
    }
  }
  int decimals = 0;
  for (const Cell& c : *table.column(ind.published)) decimals = std::max(decimals, c.decimals);
  f.decimals = decimals;
  if (f.regions_moved > 0) out.push_back(std::move(f));
}

}  // namespace

std::vector<AuditFinding> audit(const RegionTable& table, const Method& method,
                                const std::string& period) {
  std::vector<AuditFinding> findings;
  for (const Indicator& ind : method.indicators) {
    if (!ind.denominator || ind.published.empty() || table.column(ind.published) == nullptr ||
        table.column(ind.numerator) == nullptr || table.column(*ind.denominator) == nullptr) {
      continue;
    }
    if (audit_mismatches(table, ind, period, findings) == 0) {
      audit_precision(table, method, ind, period, findings);
    }
  }
  return findings;
}

std::string describe(const AuditFinding& f) {
  if (f.kind == FindingKind::precision) {
    return fmt::format(
        "{}: \"{}\" is printed to {} decimals; using it instead of the recomputed ratio moves {} "
        "indices by {} or more (at most {:.4f}), so the printed column cannot reproduce "
        "indices to {} decimals",
        f.period, f.column, f.decimals, f.regions_moved, 0.5 * std::pow(10.0, -k_index_decimals),
        f.max_index_shift, k_index_decimals);
  }
  std::string text = fmt::format("{}: {} \"{}\" printed {:.{}f}, recomputed {:.{}f}", f.period,
                                 f.region_id, f.column, f.printed, f.decimals, f.recomputed,
                                 f.decimals + 2);
  if (!f.matches_regions.empty()) {
    text += fmt::format(" (the printed value is the recomputed value of {})",
                        fmt::join(f.matches_regions, " or "));
  }
  return text;
}

}  // namespace itzones
