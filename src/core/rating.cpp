#include "itzones/rating.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <numeric>

namespace itzones {
namespace {

// The cell of `column` for region i, or nullptr when the table lacks the column or the
// value is missing.
const Cell* present(const RegionTable& table, const std::string& column, std::size_t i) {
  const std::vector<Cell>* cells = table.column(column);
  if (cells == nullptr || !(*cells)[i].value) return nullptr;
  return &(*cells)[i];
}

Diagnostic cell_error(const Cell& cell, const std::string& column, std::string message) {
  return Diagnostic{cell.where.file, cell.where.line, column, std::move(message)};
}

Result<IndicatorScore> raw_value(const RegionTable& table, const Indicator& ind,
                                 const std::string& period, std::size_t i, bool prefer_published) {
  const std::string& region = table.regions[i].id;
  const Cell* num = present(table, ind.numerator, i);
  const Cell* den = ind.denominator ? present(table, *ind.denominator, i) : nullptr;
  const Cell* pub = ind.published.empty() ? nullptr : present(table, ind.published, i);
  for (const Cell* c : {num, den, pub}) {
    if (c != nullptr && *c->value < 0) {
      const std::string& name = c == num ? ind.numerator : c == den ? *ind.denominator : ind.published;
      return fail(cell_error(*c, name, fmt::format("expected a non-negative value, got {}", *c->value)));
    }
  }
  if (pub != nullptr && (prefer_published || num == nullptr || (ind.denominator && den == nullptr))) {
    return IndicatorScore{*pub->value, ValueSource::published, 0.0};
  }
  if (num != nullptr && !ind.denominator) return IndicatorScore{*num->value, ValueSource::column, 0.0};
  if (num != nullptr && den != nullptr) {
    if (*den->value == 0) {
      return fail(cell_error(*den, *ind.denominator,
                             fmt::format("zero denominator of indicator \"{}\" for region \"{}\" in {}",
                                         ind.id, region, period)));
    }
    return IndicatorScore{*num->value / *den->value * ind.scale, ValueSource::recomputed, 0.0};
  }
  std::string need = ind.denominator ? fmt::format("\"{}\" and \"{}\"", ind.numerator, *ind.denominator)
                                     : fmt::format("\"{}\"", ind.numerator);
  if (!ind.published.empty()) need += fmt::format(", or \"{}\"", ind.published);
  return fail(fmt::format("indicator \"{}\" for region \"{}\" in {} cannot be formed: needs {}",
                          ind.id, region, period, need));
}

}  // namespace

Result<PeriodRating> rate(const RegionTable& table, const Method& method, const std::string& period,
                          const PublishedOverride& use_published) {
  if (table.regions.empty()) return fail(fmt::format("no regions to rate in {}", period));
  const std::size_t n = table.regions.size();
  std::vector<RegionScore> scores(n);
  for (std::size_t i = 0; i < n; ++i) scores[i].region = table.regions[i];

  for (const Indicator& ind : method.indicators) {
    double best = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      auto value = raw_value(table, ind, period, i, use_published.contains(ind.id));
      if (!value) return fail(value.error());
      best = std::max(best, value->raw);
      scores[i].indicators.push_back(*value);
    }
    if (best <= 0.0) {
      return fail(fmt::format("indicator \"{}\" in {}: the best value is 0 (every region is 0), "
                              "so no region can be taken as 100%", ind.id, period));
    }
    const std::size_t k = scores.front().indicators.size() - 1;
    for (RegionScore& s : scores) s.indicators[k].normalised = s.indicators[k].raw / best * 100.0;
  }

  const double weight_sum = std::accumulate(method.groups.begin(), method.groups.end(), 0.0,
                                            [](double acc, const Group& g) { return acc + g.weight; });
  for (RegionScore& s : scores) {
    double index = 0.0;
    for (const Group& g : method.groups) {
      double sum = 0.0;
      int count = 0;
      for (std::size_t k = 0; k < method.indicators.size(); ++k) {
        if (method.indicators[k].group != g.id) continue;
        sum += s.indicators[k].normalised;
        ++count;
      }
      const double group_score = count > 0 ? sum / count : 0.0;
      s.groups.push_back(group_score);
      index += g.weight * group_score;
    }
    s.index = index / weight_sum;
    s.rating_class = method.classify(s.index);
  }

  std::stable_sort(scores.begin(), scores.end(), [](const RegionScore& a, const RegionScore& b) {
    if (a.index != b.index) return a.index > b.index;
    return a.region.id < b.region.id;
  });
  for (std::size_t r = 0; r < n; ++r) scores[r].rank = r + 1;
  return PeriodRating{period, std::move(scores)};
}

Result<std::vector<RegionChange>> compare_periods(const PeriodRating& earlier,
                                                  const PeriodRating& later) {
  const auto find = [](const PeriodRating& p, const std::string& id) -> const RegionScore* {
    for (const RegionScore& s : p.regions) {
      if (s.region.id == id) return &s;
    }
    return nullptr;
  };
  std::vector<std::string> only_later;
  std::vector<std::string> only_earlier;
  for (const RegionScore& s : later.regions) {
    if (find(earlier, s.region.id) == nullptr) only_later.push_back(s.region.id);
  }
  for (const RegionScore& s : earlier.regions) {
    if (find(later, s.region.id) == nullptr) only_earlier.push_back(s.region.id);
  }
  if (!only_later.empty() || !only_earlier.empty()) {
    std::sort(only_later.begin(), only_later.end());
    std::sort(only_earlier.begin(), only_earlier.end());
    return fail(fmt::format(
        "periods {} and {} rate different regions (only in {}: {}; only in {}: {}); "
        "give both periods the same region_ids",
        earlier.period, later.period, earlier.period,
        only_earlier.empty() ? "none" : fmt::format("{}", fmt::join(only_earlier, ", ")),
        later.period, only_later.empty() ? "none" : fmt::format("{}", fmt::join(only_later, ", "))));
  }
  std::vector<RegionChange> changes;
  for (const RegionScore& now : later.regions) {
    const RegionScore& before = *find(earlier, now.region.id);
    if (before.index == 0.0) {
      return fail(fmt::format("region \"{}\" has index 0 in {}: no change in percent can be formed",
                              now.region.id, earlier.period));
    }
    changes.push_back(RegionChange{now.region, before.index, now.index,
                                   now.index / before.index * 100.0, before.rating_class,
                                   now.rating_class, before.rank, now.rank});
  }
  return changes;
}

}  // namespace itzones
