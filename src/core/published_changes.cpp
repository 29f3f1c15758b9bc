#include "itzones/published_changes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace itzones {
namespace {

const PublishedScore* published_score(const std::vector<PublishedScore>& published,
                                      const std::string& period, const std::string& region) {
  const auto it = std::find_if(published.begin(), published.end(), [&](const PublishedScore& s) {
    return s.period == period && s.region_id == region;
  });
  return it == published.end() ? nullptr : &*it;
}

const RegionScore* computed_score(const std::vector<PeriodRating>& computed,
                                  const std::string& period, const std::string& region) {
  for (const PeriodRating& p : computed) {
    if (p.period != period) continue;
    for (const RegionScore& s : p.regions) {
      if (s.region.id == region) return &s;
    }
  }
  return nullptr;
}

double tolerance_of(const std::map<std::string, double>& tolerance, const std::string& period) {
  const auto it = tolerance.find(period);
  return it == tolerance.end() ? 0.0 : it->second;
}

}  // namespace

ChangeCheck check_changes(const std::string& earlier, const std::string& later,
                          const std::vector<PublishedChange>& changes,
                          const std::vector<PublishedScore>& published,
                          const std::vector<PeriodRating>& computed,
                          const std::map<std::string, double>& tolerance,
                          const std::vector<KnownInconsistency>& known) {
  ChangeCheck check{earlier, later, {}, {}};
  const double tol_earlier = tolerance_of(tolerance, earlier);
  const double tol_later = tolerance_of(tolerance, later);
  for (const PublishedChange& change : changes) {
    const PublishedScore* pub_e = published_score(published, earlier, change.region_id);
    const PublishedScore* pub_l = published_score(published, later, change.region_id);
    const RegionScore* com_e = computed_score(computed, earlier, change.region_id);
    const RegionScore* com_l = computed_score(computed, later, change.region_id);
    if (pub_e == nullptr || pub_l == nullptr || com_e == nullptr || com_l == nullptr) {
      check.problems.push_back(fmt::format(
          "{}:{}: the change of region \"{}\" lacks a published or computed index of {} or {}",
          change.where.file, change.where.line, change.region_id, earlier, later));
      continue;
    }
    if (pub_e->index == 0.0 || com_e->index == 0.0) {
      check.problems.push_back(
          fmt::format("{}:{}: the change of region \"{}\" has an index of 0 in {}",
                      change.where.file, change.where.line, change.region_id, earlier));
      continue;
    }
    ChangeRow row;
    row.region = com_l->region;
    row.printed = change.value;
    row.decimals = change.decimals;
    row.from_published = pub_l->index / pub_e->index * 100;
    row.computed = com_l->index / com_e->index * 100;
    row.later_needed = change.value * pub_e->index / 100;
    const double half_unit = 0.5 * std::pow(10.0, -change.decimals) + 1e-9 * std::abs(change.value);
    row.matches_published = std::abs(row.printed - row.from_published) <= half_unit;
    // The printed change stands for a later index of `later_needed`; indices within the
    // periods' tolerances of (earlier, later_needed) give a change in [low, high].
    const double low = (row.later_needed - tol_later) / (pub_e->index + tol_earlier) * 100;
    const double high = pub_e->index > tol_earlier
                            ? (row.later_needed + tol_later) / (pub_e->index - tol_earlier) * 100
                            : std::numeric_limits<double>::infinity();
    row.within_tolerance = row.computed >= low - half_unit && row.computed <= high + half_unit;
    row.known = find_known(known, earlier, change.region_id) != nullptr ||
                find_known(known, later, change.region_id) != nullptr;
    check.rows.push_back(std::move(row));
  }
  return check;
}

std::size_t count_printed_mismatches(const ChangeCheck& check) {
  return static_cast<std::size_t>(
      std::count_if(check.rows.begin(), check.rows.end(),
                    [](const ChangeRow& r) { return !r.matches_published; }));
}

std::size_t count_outside_tolerance(const ChangeCheck& check) {
  return static_cast<std::size_t>(
      std::count_if(check.rows.begin(), check.rows.end(),
                    [](const ChangeRow& r) { return !r.within_tolerance; }));
}

}  // namespace itzones
