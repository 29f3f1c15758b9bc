#include "itzones/rating.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "itzones/scoring.hpp"

namespace itzones {

Result<PeriodRating> rate(const RegionTable& table, const Method& method, const std::string& period,
                          const PublishedOverride& use_published) {
  if (table.regions.empty()) return fail(fmt::format("no regions to rate in {}", period));
  auto built = build_nominal(table, method, period, use_published, method.missing);
  if (!built) return fail(built.error());
  const IndicatorValues& raw = built->raw;

  std::vector<RegionScore> scores;
  for (const std::size_t i : rank_order(built->scores.index, built->ids)) {
    RegionScore s;
    s.region = table.regions[i];
    for (std::size_t k = 0; k < method.indicators.size(); ++k) {
      s.indicators.push_back(IndicatorScore{raw.columns[k][i].value_or(0.0), raw.sources[k][i],
                                            built->normalised[k][i].value_or(0.0)});
    }
    for (const std::vector<double>& g : built->scores.groups) s.groups.push_back(g[i]);
    s.index = built->scores.index[i];
    s.rating_class = method.classify(s.index);
    s.rank = scores.size() + 1;
    scores.push_back(std::move(s));
  }
  return PeriodRating{period, std::move(scores), raw.missing};
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
