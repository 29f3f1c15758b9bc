// describe_merges() and check_same_regions(): what boundaries did, and why periods differ.

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

#include "itzones/boundaries.hpp"

namespace itzones {
namespace {

std::string describe_id(const RegionRegistry& registry, const std::string& id) {
  const RegionIdentity* r = registry.find(id);
  return r == nullptr ? id : describe_region(*r);
}

// The data years of mappings[indices], as runs of consecutive years: "2011–2013, 2015".
std::string runs(const std::vector<std::size_t>& indices, const std::vector<BoundaryMapping>& mappings) {
  const auto year = [&](std::size_t i) { return period_year(mappings[indices[i]].period).value_or(0); };
  std::vector<std::string> out;
  for (std::size_t a = 0; a < indices.size();) {
    std::size_t b = a;
    while (b + 1 < indices.size() && year(b + 1) == year(b) + 1) ++b;
    const std::string& first = mappings[indices[a]].period;
    out.push_back(a == b ? first : fmt::format("{}–{}", first, mappings[indices[b]].period));
    a = b + 1;
  }
  return fmt::format("{}", fmt::join(out, ", "));
}

std::vector<std::string> sorted_difference(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  for (const std::string& id : a) {
    if (std::find(b.begin(), b.end(), id) == b.end()) out.push_back(id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string listed(const std::vector<std::string>& ids) {
  return ids.empty() ? std::string("none") : fmt::format("{}", fmt::join(ids, ", "));
}

// What the registry says about why `ids` appear in one period only; empty when it knows nothing.
// A part of a dissolved region among `ids` is explained by that region's split.
std::vector<std::string> splits_behind(const RegionRegistry& registry, const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (const std::string& id : ids) {
    const RegionIdentity* r = registry.find(id);
    if (r == nullptr) continue;
    const RegionIdentity* parent = r->split_from.empty() ? nullptr : registry.find(r->split_from);
    if (parent != nullptr && registry.dissolved(*parent) &&
        std::find(ids.begin(), ids.end(), parent->id) != ids.end()) {
      continue;
    }
    if (parent != nullptr) {
      out.push_back(fmt::format("{} was split from {} in {}", describe_region(*r), describe_id(registry, r->split_from),
                                *r->first_year));
    } else if (registry.dissolved(*r)) {
      std::vector<std::string> parts;
      for (const RegionIdentity* p : registry.parts_of(r->id)) parts.push_back(describe_region(*p));
      out.push_back(fmt::format("{} was split into {} in {}", describe_region(*r), fmt::join(parts, ", "),
                                *r->last_year + 1));
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> describe_merges(const RegionRegistry& registry, const std::vector<BoundaryMapping>& mappings) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<std::size_t>> periods;  // merge -> mapping indices
  for (std::size_t m = 0; m < mappings.size(); ++m) {
    for (const RegionGroup& group : mappings[m].groups) {
      std::vector<std::string> parts;
      for (const std::string& id : group.members) {
        if (id != group.region.id) parts.push_back(describe_id(registry, id));
      }
      if (parts.empty()) continue;
      const std::string merge = fmt::format("{} summed into {}", fmt::join(parts, " + "),
                                            describe_id(registry, group.region.id));
      auto [it, added] = periods.emplace(merge, std::vector<std::size_t>{});
      if (added) order.push_back(merge);
      it->second.push_back(m);
    }
  }
  std::vector<std::string> out;
  for (const std::string& merge : order) out.push_back(fmt::format("{}: {}", merge, runs(periods[merge], mappings)));
  return out;
}

Result<void> check_same_regions(const RegionRegistry* registry, const std::vector<PeriodRegions>& periods,
                                Comparison comparison) {
  if (periods.empty()) return {};
  const PeriodRegions& first = periods.front();
  for (const PeriodRegions& later : periods) {
    const std::vector<std::string> only_first = sorted_difference(first.ids, later.ids);
    const std::vector<std::string> only_later = sorted_difference(later.ids, first.ids);
    if (only_first.empty() && only_later.empty()) continue;
    std::vector<std::string> differing = only_first;
    differing.insert(differing.end(), only_later.begin(), only_later.end());
    const std::vector<std::string> why =
        registry == nullptr ? std::vector<std::string>() : splits_behind(*registry, differing);
    const auto year = period_year(first.period);
    const std::string fix =
        why.empty() ? std::string("give both periods the same region_ids")
                    : fmt::format("{}; compare them on the boundaries of one year: --boundaries {} (or \"boundaries\": {} "
                                  "in the study) sums newer regions into the regions they were split from",
                                  fmt::join(why, "; "), year ? fmt::format("{}", *year) : std::string("YEAR"),
                                  year ? fmt::format("{}", *year) : std::string("YEAR"));
    return fail(fmt::format("periods {} and {} {} different regions (only in {}: {}; only in {}: {}); {}", first.period,
                            later.period, comparison == Comparison::rating ? "rate" : "cover", first.period,
                            listed(only_first), later.period, listed(only_later), fix));
  }
  return {};
}

}  // namespace itzones
