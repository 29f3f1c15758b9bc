#include "itzones/boundaries.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>
#include <map>

namespace itzones {
namespace {

std::string describe_all(const std::vector<const RegionIdentity*>& regions) {
  std::vector<std::string> out;
  for (const RegionIdentity* r : regions) out.push_back(describe_region(*r));
  return fmt::format("{}", fmt::join(out, ", "));
}

bool contains(const std::vector<const RegionIdentity*>& regions, const RegionIdentity* r) {
  return std::find(regions.begin(), regions.end(), r) != regions.end();
}

// The identities of a period's rows, as far as the registry knows them.
class PresentRegions {
 public:
  PresentRegions(const RegionRegistry& registry, std::vector<const RegionIdentity*> rows)
      : m_registry(registry), m_rows(std::move(rows)) {}

  bool has_row(const RegionIdentity* r) const { return contains(m_rows, r); }

  // Whether the region or any region split from it (at any depth) has a row.
  bool given(const RegionIdentity* r) const {
    if (has_row(r)) return true;
    for (const RegionIdentity* part : m_registry.parts_of(r->id)) {
      if (given(part)) return true;
    }
    return false;
  }

 private:
  const RegionRegistry& m_registry;
  std::vector<const RegionIdentity*> m_rows;
};

// Checks that `target`'s territory on the boundaries of `year` can be formed from the rows of
// the data year `data_year`.
class TerritoryCheck {
 public:
  TerritoryCheck(const RegionRegistry& registry, const PresentRegions& present, std::string period, int data_year,
                 int year)
      : m_registry(registry), m_present(present), m_period(std::move(period)), m_data_year(data_year), m_year(year) {}

  Result<void> formed(const RegionIdentity* target) const {
    const bool own = m_present.has_row(target);
    for (const RegionIdentity* part : m_registry.parts_of(target->id)) {
      if (*part->first_year <= m_year) {
        if (own && !m_present.given(part) && m_data_year < *part->first_year) return divide(target, part);
        continue;
      }
      if (m_present.given(part)) {
        if (!own && !m_registry.dissolved(*target)) return no_remainder(target, part);
        if (auto ok = formed(part); !ok) return ok;
      } else if (!own || (m_data_year >= *part->first_year && !m_registry.dissolved(*target))) {
        return missing_part(target, part);
      }
    }
    return {};
  }

 private:
  std::unexpected<Diagnostic> divide(const RegionIdentity* target, const RegionIdentity* part) const {
    return fail(fmt::format(
        "{}: {} of {} includes {}, split from it in {}, which has no row of its own; its figures cannot be "
        "divided onto the boundaries of {} (choose a year before {})",
        m_period, describe_region(*target), m_data_year, describe_region(*part), *part->first_year, m_year,
        *part->first_year));
  }
  std::unexpected<Diagnostic> no_remainder(const RegionIdentity* target, const RegionIdentity* part) const {
    return fail(fmt::format("{}: {} is a part of {}, which has no row: {} on the boundaries of {} cannot be formed",
                            m_period, describe_region(*part), describe_region(*target), target->id, m_year));
  }
  std::unexpected<Diagnostic> missing_part(const RegionIdentity* target, const RegionIdentity* part) const {
    return fail(fmt::format("{}: {} was split from {} in {} and has no row: {} on the boundaries of {} cannot be formed",
                            m_period, describe_region(*part), describe_region(*target), *part->first_year,
                            target->id, m_year));
  }

  const RegionRegistry& m_registry;
  const PresentRegions& m_present;
  std::string m_period;
  int m_data_year;
  int m_year;
};

// The region of `year` that `region` is summed into.
Result<const RegionIdentity*> target_of(const RegionRegistry& registry, const RegionIdentity* region,
                                        const std::string& period, int year) {
  const RegionIdentity* r = region;
  while (!r->exists_in(year)) {
    if (r->first_year && *r->first_year > year && !r->split_from.empty()) {
      r = registry.find(r->split_from);
      continue;
    }
    if (r->last_year && *r->last_year < year) {
      return fail(fmt::format(
          "{}: {} ceased in {} (split into {}); its figures cannot be divided onto the boundaries of {}: "
          "boundaries only sum newer regions into the regions they were split from (choose a year up to {})",
          period, describe_region(*r), *r->last_year, describe_all(registry.parts_of(r->id)), year,
          *r->last_year));
    }
    return fail(fmt::format("{}: {} did not exist in {} and was not split from a region that did", period,
                            describe_region(*r), year));
  }
  return r;
}

// Every region split from `r`, at any depth.
void descendants(const RegionRegistry& registry, const RegionIdentity* r, std::vector<const RegionIdentity*>& out) {
  for (const RegionIdentity* part : registry.parts_of(r->id)) {
    out.push_back(part);
    descendants(registry, part, out);
  }
}

}  // namespace

Result<int> period_year(const std::string& period) {
  int year = 0;
  const char* end = period.data() + period.size();
  const auto [last, ec] = std::from_chars(period.data(), end, year);
  if (period.size() != 4 || ec != std::errc() || last != end) {
    return fail(fmt::format("period \"{}\" is not a year: boundaries need the year of the data", period));
  }
  return year;
}

Result<void> check_no_double_counting(const RegionRegistry& registry, const std::string& period,
                                      const std::vector<Region>& regions) {
  std::map<std::string, std::string> seen;  // identity -> the row id naming it
  std::vector<const RegionIdentity*> rows;
  for (const Region& region : regions) {
    const RegionIdentity* r = registry.find(region.id);
    if (r == nullptr) continue;
    if (const auto [it, added] = seen.emplace(r->id, region.id); !added) {
      return fail(fmt::format("{}: rows \"{}\" and \"{}\" both name {}", period, it->second, region.id,
                              describe_region(*r)));
    }
    rows.push_back(r);
  }
  for (const RegionIdentity* r : rows) {
    if (!registry.dissolved(*r)) continue;
    std::vector<const RegionIdentity*> all;
    descendants(registry, r, all);
    std::vector<const RegionIdentity*> beside;
    for (const RegionIdentity* part : all) {
      if (contains(rows, part)) beside.push_back(part);
    }
    if (beside.empty()) continue;
    const bool whole = beside.size() == registry.parts_of(r->id).size() && beside.size() == all.size();
    return fail(fmt::format("{}: {} has a row beside its {} {}: it {} (split in {}), so {} figures would be counted "
                            "twice; keep either {} or its parts",
                            period, describe_region(*r), beside.size() == 1 ? "part" : "parts", describe_all(beside),
                            whole ? "is their sum" : beside.size() == 1 ? "includes that part" : "includes them",
                            *r->last_year + 1, beside.size() == 1 ? "that part's" : "their", r->id));
  }
  return {};
}

Result<BoundaryMapping> map_to_boundaries(const RegionRegistry& registry, const std::string& period,
                                          const std::vector<Region>& regions, int boundary_year) {
  const auto data_year = period_year(period);
  if (!data_year) return fail(data_year.error());
  if (auto ok = check_no_double_counting(registry, period, regions); !ok) return fail(ok.error());
  std::vector<const RegionIdentity*> rows;
  for (const Region& region : regions) {
    const RegionIdentity* r = registry.find(region.id);
    if (r == nullptr) return fail(fmt::format("{}: region \"{}\" is not in the region table", period, region.id));
    rows.push_back(r);
  }
  const PresentRegions present(registry, rows);
  const TerritoryCheck check(registry, present, period, *data_year, boundary_year);
  BoundaryMapping mapping{period, boundary_year, {}};
  std::map<std::string, std::size_t> group_of;  // target id -> group index
  for (std::size_t i = 0; i < rows.size(); ++i) {
    auto target = target_of(registry, rows[i], period, boundary_year);
    if (!target) return fail(target.error());
    const auto [it, added] = group_of.emplace((*target)->id, mapping.groups.size());
    if (added) {
      if (auto ok = check.formed(*target); !ok) return fail(ok.error());
      mapping.groups.push_back(RegionGroup{Region{(*target)->id, regions[i].name, regions[i].name_en}, {}, {}});
    }
    RegionGroup& group = mapping.groups[it->second];
    group.rows.push_back(i);
    group.members.push_back(rows[i]->id);
  }
  for (RegionGroup& group : mapping.groups) {
    const Region& first = regions[group.rows.front()];
    if (group.rows.size() > 1 || group.members.front() != group.region.id || first.name == first.id) {
      const RegionIdentity* r = registry.find(group.region.id);
      group.region.name = r->names.ru;
      group.region.name_en = r->names.en;
    }
  }
  return mapping;
}

}  // namespace itzones
