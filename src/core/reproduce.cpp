#include "itzones/reproduce.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace itzones {
namespace {

// Each indicator's weight in the index: its group's share of the weights over the group's size.
std::vector<double> indicator_weights(const Method& method) {
  const double total = std::accumulate(method.groups.begin(), method.groups.end(), 0.0,
                                       [](double acc, const Group& g) { return acc + g.weight; });
  std::vector<double> weights;
  for (const Indicator& ind : method.indicators) {
    const auto in_group = std::count_if(method.indicators.begin(), method.indicators.end(),
                                        [&](const Indicator& o) { return o.group == ind.group; });
    const auto group = std::find_if(method.groups.begin(), method.groups.end(),
                                    [&](const Group& g) { return g.id == ind.group; });
    weights.push_back(group->weight / total / static_cast<double>(in_group));
  }
  return weights;
}

std::vector<ShareExplanation> explain(const Method& method, const RegionScore& score,
                                      double published) {
  const std::vector<double> weights = indicator_weights(method);
  std::vector<ShareExplanation> out;
  for (std::size_t k = 0; k < method.indicators.size(); ++k) {
    const double actual = score.indicators[k].normalised;
    const double required = actual + (published - score.index) / weights[k];
    if (required >= 0.0 && required <= 100.0) {
      out.push_back(ShareExplanation{method.indicators[k].id, actual, required});
    }
  }
  return out;
}

}  // namespace

const KnownInconsistency* find_known(const std::vector<KnownInconsistency>& known,
                                     const std::string& period, const std::string& region) {
  const auto it = std::find_if(known.begin(), known.end(), [&](const KnownInconsistency& k) {
    return k.period == period && k.region_id == region;
  });
  return it == known.end() ? nullptr : &*it;
}

Reproduction reproduce(const Method& method, const std::vector<PeriodRating>& computed,
                       const std::vector<PublishedScore>& published,
                       const std::map<std::string, double>& tolerance,
                       const std::vector<KnownInconsistency>& known) {
  Reproduction result;
  for (const PeriodRating& period : computed) {
    PeriodSummary summary;
    summary.period = period.period;
    const auto tol = tolerance.find(period.period);
    summary.tolerance = tol == tolerance.end() ? 0.0 : tol->second;
    std::vector<std::string> seen;
    for (const PublishedScore& pub : published) {
      if (pub.period != period.period) continue;
      const auto score = std::find_if(period.regions.begin(), period.regions.end(),
                                      [&](const RegionScore& s) { return s.region.id == pub.region_id; });
      if (score == period.regions.end()) {
        result.problems.push_back(fmt::format("{}:{}: region \"{}\" is published for {} but not rated",
                                              pub.where.file, pub.where.line, pub.region_id,
                                              pub.period));
        continue;
      }
      seen.push_back(pub.region_id);
      ReproductionRow row;
      row.period = period.period;
      row.region = score->region;
      row.published = pub.index;
      row.published_class = pub.rating_class;
      row.computed = score->index;
      row.computed_class = score->rating_class;
      row.difference = score->index - pub.index;
      const bool within = std::abs(row.difference) <= summary.tolerance + 1e-9;
      const bool same_class = row.computed_class == row.published_class;
      ++summary.regions;
      if (within) ++summary.within_tolerance;
      if (same_class) ++summary.classes_equal;
      const KnownInconsistency* k = find_known(known, period.period, pub.region_id);
      if (within && same_class) {
        row.status = ReproductionStatus::match;
        if (k != nullptr) {
          result.problems.push_back(fmt::format(
              "{} {} is declared a known inconsistency but reproduces", period.period, pub.region_id));
        }
      } else {
        row.status = k != nullptr ? ReproductionStatus::known : ReproductionStatus::drift;
        if (k != nullptr) row.reason = k->reason;
        row.explanations = explain(method, *score, pub.index);
      }
      if (row.status != ReproductionStatus::known) {
        summary.max_difference = std::max(summary.max_difference, std::abs(row.difference));
      }
      result.rows.push_back(std::move(row));
    }
    for (const RegionScore& s : period.regions) {
      if (std::find(seen.begin(), seen.end(), s.region.id) == seen.end()) {
        result.problems.push_back(fmt::format("{} {} is rated but has no published score",
                                              period.period, s.region.id));
      }
    }
    result.periods.push_back(summary);
  }
  result.ok = result.problems.empty() &&
              std::none_of(result.rows.begin(), result.rows.end(), [](const ReproductionRow& r) {
                return r.status == ReproductionStatus::drift;
              });
  return result;
}

}  // namespace itzones
