#include "itzones/evaluation.hpp"

#include <fmt/format.h>

namespace itzones {

std::set<std::string> input_columns(const Method& method) {
  std::set<std::string> columns;
  for (const Indicator& ind : method.indicators) {
    columns.insert(ind.numerator);
    if (ind.denominator) columns.insert(*ind.denominator);
    if (!ind.published.empty()) columns.insert(ind.published);
  }
  return columns;
}

std::vector<std::string> unformable_indicators(const RegionTable& table, const Method& method) {
  std::vector<std::string> out;
  for (const Indicator& ind : method.indicators) {
    const bool components = table.column(ind.numerator) != nullptr &&
                            (!ind.denominator || table.column(*ind.denominator) != nullptr);
    const bool published = !ind.published.empty() && table.column(ind.published) != nullptr;
    if (components || published) continue;
    std::string need = ind.denominator
                           ? fmt::format("columns \"{}\" and \"{}\"", ind.numerator, *ind.denominator)
                           : fmt::format("column \"{}\"", ind.numerator);
    if (!ind.published.empty()) need += fmt::format(", or column \"{}\"", ind.published);
    out.push_back(fmt::format("indicator \"{}\" needs {}", ind.id, need));
  }
  return out;
}

Result<Evaluation> evaluate(const Method& method, const std::vector<PeriodInput>& periods) {
  Evaluation ev;
  ev.method = method;
  for (const PeriodInput& p : periods) {
    auto rating = rate(p.table, method, p.period);
    if (!rating) return fail(rating.error());
    ev.ratings.push_back(std::move(*rating));
    auto findings = audit(p.table, method, p.period);
    ev.findings.insert(ev.findings.end(), findings.begin(), findings.end());
  }
  if (ev.ratings.size() >= 2) {
    auto changes = compare_periods(ev.ratings.front(), ev.ratings.back());
    if (!changes) return fail(changes.error());
    ev.changes = std::move(*changes);
  }
  return ev;
}

}  // namespace itzones
