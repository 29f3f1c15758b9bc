#include "itzones/zones.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace itzones {
namespace {

const Specialisation* specialisation_of(const std::vector<Specialisation>& all, const std::string& period) {
  for (const Specialisation& s : all) {
    if (s.period == period) return &s;
  }
  return nullptr;
}

// The ids of `a` that `b` lacks, sorted.
template <class A, class B>
std::vector<std::string> missing_from(const std::vector<A>& a, const std::vector<B>& b) {
  std::vector<std::string> out;
  for (const A& x : a) {
    const bool found = std::any_of(b.begin(), b.end(), [&](const B& y) { return y.region.id == x.region.id; });
    if (!found) out.push_back(x.region.id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string listed(const std::vector<std::string>& ids) {
  return ids.empty() ? std::string("none") : fmt::format("{}", fmt::join(ids, ", "));
}

Result<PeriodZones> classify_period(const PeriodRating& rating, const Specialisation& spec, const ZoneRule& rule) {
  const auto only_rated = missing_from(rating.regions, spec.regions);
  const auto only_specialised = missing_from(spec.regions, rating.regions);
  if (!only_rated.empty() || !only_specialised.empty()) {
    return fail(fmt::format("{}: the rating and the specialisation data cover different regions (only "
                            "rated: {}; only in the specialisation data: {})",
                            rating.period, listed(only_rated), listed(only_specialised)));
  }
  PeriodZones out{rating.period, {}};
  for (const RegionScore& score : rating.regions) {
    const auto value = region_value(spec, rule.measure, score.region.id);
    if (!value && spec.coverage == Coverage::target_only && rule.measure == Measure::location_quotient) {
      return fail(fmt::format("{}: the zone rule's location_quotient needs the whole economy's industries; the "
                              "stage-2 input for {}{} has the target industry only — use "
                              "share_of_national_industry",
                              rating.period, rating.period, spec.source.empty() ? "" : " (" + spec.source + ")"));
    }
    if (!value) {
      return fail(fmt::format("{}: measure \"{}\" of the zone rule was not computed",
                              rating.period, measure_info(rule.measure).id));
    }
    const bool strong_rating = score.index >= rule.rating_threshold;
    const bool strong_industry = *value >= rule.measure_threshold;
    const Zone zone = strong_rating ? (strong_industry ? Zone::growth_pole : Zone::innovation_ready)
                                    : (strong_industry ? Zone::it_specialised : Zone::periphery);
    out.regions.push_back(ZonedRegion{score.region, zone, score.index, score.rating_class, *value, false});
  }
  std::stable_sort(out.regions.begin(), out.regions.end(), [](const ZonedRegion& a, const ZonedRegion& b) {
    if (a.zone != b.zone) return a.zone < b.zone;
    if (a.index != b.index) return a.index > b.index;
    return a.region.id < b.region.id;
  });
  return out;
}

}  // namespace

Result<Zones> classify_zones(const std::vector<PeriodRating>& ratings,
                             const std::vector<Specialisation>& specialisations, const ZoneRule& rule) {
  if (rule.measure != Measure::share_of_national_industry && rule.measure != Measure::location_quotient) {
    return fail(fmt::format("the zone rule's measure must be share_of_national_industry or "
                            "location_quotient, not \"{}\"", measure_info(rule.measure).id));
  }
  if (ratings.empty()) return fail("no rated period to classify");
  if (specialisation_of(specialisations, ratings.back().period) == nullptr) {
    return fail(fmt::format("the latest rated period {} has no specialisation data", ratings.back().period));
  }
  Zones zones{rule, specialisations.empty() ? "" : specialisations.front().industry, {}};
  for (const PeriodRating& rating : ratings) {
    const Specialisation* spec = specialisation_of(specialisations, rating.period);
    if (spec == nullptr) continue;
    auto period = classify_period(rating, *spec, rule);
    if (!period) return fail(period.error());
    zones.periods.push_back(std::move(*period));
  }
  return zones;
}

std::string zone_id(Zone zone) {
  switch (zone) {
    case Zone::growth_pole: return "growth_pole";
    case Zone::innovation_ready: return "innovation_ready";
    case Zone::it_specialised: return "it_specialised";
    case Zone::periphery: return "periphery";
  }
  return "";
}

void mark_printed_dashes(Zones& zones, const std::vector<PublishedShare>& published) {
  for (PeriodZones& period : zones.periods) {
    for (ZonedRegion& z : period.regions) {
      z.printed_dash = z.value == 0.0 && std::any_of(published.begin(), published.end(), [&](const PublishedShare& s) {
                         return s.period == period.period && s.region_id == z.region.id && s.printed == Printed::dash;
                       });
    }
  }
}

const ZonedRegion* find_region(const PeriodZones& period, const std::string& region_id) {
  for (const ZonedRegion& z : period.regions) {
    if (z.region.id == region_id) return &z;
  }
  return nullptr;
}

}  // namespace itzones
