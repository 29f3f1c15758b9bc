#include "itzones/over_time.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <numeric>

namespace itzones {
namespace {

// Consecutive periods with one industry list.
struct Breakdown {
  std::size_t first = 0;
  std::size_t last = 0;
  const std::vector<std::string>* industries = nullptr;
};

bool has(const std::vector<std::string>& list, const std::string& x) {
  return std::find(list.begin(), list.end(), x) != list.end();
}

}  // namespace

Result<SeriesTable> measure_over_time(const std::vector<Specialisation>& periods, Measure measure,
                                      const RegionRegistry* registry) {
  if (periods.empty()) return fail("no periods to follow over time");
  std::vector<PeriodRegions> sets;
  for (const Specialisation& s : periods) {
    PeriodRegions& r = sets.emplace_back(PeriodRegions{s.period, {}});
    for (const RegionValues& row : s.regions) r.ids.push_back(row.region.id);
  }
  if (auto ok = check_same_regions(registry, sets, Comparison::series); !ok) return fail(ok.error());
  SeriesTable table{measure, periods.front().industry, {}, {}, {}};
  for (const RegionValues& row : periods.back().regions) table.regions.push_back(row.region);
  table.values.assign(table.regions.size(), {});
  for (const Specialisation& s : periods) {
    table.periods.push_back(s.period);
    for (std::size_t r = 0; r < table.regions.size(); ++r) {
      const auto value = region_value(s, measure, table.regions[r].id);
      if (!value) {
        return fail(fmt::format("measure \"{}\" was not computed for {}", measure_info(measure).id, s.period));
      }
      table.values[r].push_back(*value);
    }
  }
  std::vector<std::size_t> order(table.regions.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (table.values[a].back() != table.values[b].back()) return table.values[a].back() > table.values[b].back();
    return table.regions[a].id < table.regions[b].id;
  });
  SeriesTable sorted{measure, table.industry, table.periods, {}, {}};
  for (const std::size_t r : order) {
    sorted.regions.push_back(table.regions[r]);
    sorted.values.push_back(table.values[r]);
  }
  return sorted;
}

std::optional<std::string> industry_breakdown_note(const std::vector<Specialisation>& periods) {
  std::vector<std::vector<std::string>> lists;  // the industries of each period
  for (const Specialisation& s : periods) {
    std::vector<std::string>& list = lists.emplace_back();
    for (const IndustryValues& row : s.industries) list.push_back(row.industry);
  }
  std::vector<Breakdown> groups;
  for (std::size_t p = 0; p < periods.size(); ++p) {
    if (!groups.empty() && *groups.back().industries == lists[p]) {
      groups.back().last = p;
    } else {
      groups.push_back(Breakdown{p, p, &lists[p]});
    }
  }
  if (groups.size() < 2) return std::nullopt;
  std::vector<std::string> parts;
  for (const Breakdown& g : groups) {
    std::vector<std::string> only;
    for (const std::string& industry : *g.industries) {
      const bool elsewhere = std::any_of(groups.begin(), groups.end(), [&](const Breakdown& other) {
        return &other != &g && has(*other.industries, industry);
      });
      if (!elsewhere) only.push_back(industry);
    }
    const std::string years = g.first == g.last ? periods[g.first].period
                                                : fmt::format("{}–{}", periods[g.first].period, periods[g.last].period);
    parts.push_back(only.empty() ? fmt::format("{}: {}", years, g.industries->size())
                                 : fmt::format("{}: {}, only there: {}", years, g.industries->size(), fmt::join(only, ", ")));
  }
  // Differing breakdowns come only from inputs of the whole economy (a target-only input has one
  // industry), and specialise() found the target in every period.
  const std::string& target = periods.front().industry;
  return fmt::format(
      "the industries differ between periods ({}): measures over all industries (Krugman, Gini, HHI, entropy, "
      "Theil, concentration of industries) compare only between periods of one breakdown; the share and location "
      "quotient of {} compare across all periods: {} is in every breakdown, and each breakdown covers the whole "
      "economy",
      fmt::join(parts, "; "), target, target);
}

}  // namespace itzones
