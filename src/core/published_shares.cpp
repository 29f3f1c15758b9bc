#include "itzones/published_shares.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace itzones {
namespace {

double half_unit(int decimals) { return 0.5 * std::pow(10.0, -decimals); }

std::vector<std::string> periods_of(const std::vector<PublishedShare>& published) {
  std::vector<std::string> out;
  for (const PublishedShare& p : published) {
    if (std::find(out.begin(), out.end(), p.period) == out.end()) out.push_back(p.period);
  }
  return out;
}

ShareSumCheck check_sum(const std::string& period, const std::vector<PublishedShare>& published) {
  ShareSumCheck check{period, 0, 0, 0, 0.0, 0.0, false};
  for (const PublishedShare& p : published) {
    if (p.period != period) continue;
    ++check.regions;
    check.sum += p.value;
    if (p.printed == Printed::number) ++check.numbers;
    check.decimals = std::max(check.decimals, p.decimals);
  }
  check.tolerance = static_cast<double>(check.numbers) * half_unit(check.decimals);
  check.ok = std::abs(check.sum - 1.0) <= check.tolerance * (1 + 1e-9);
  return check;
}

void compare_period(const Specialisation& spec, const std::vector<PublishedShare>& published, int decimals,
                    const std::vector<KnownInconsistency>& known, ShareReproduction& out) {
  std::vector<std::string> seen;
  for (const PublishedShare& pub : published) {
    if (pub.period != spec.period) continue;
    const auto row = std::find_if(spec.regions.begin(), spec.regions.end(),
                                  [&](const RegionValues& r) { return r.region.id == pub.region_id; });
    if (row == spec.regions.end()) {
      out.problems.push_back(fmt::format("{}:{}: region \"{}\" is published for {} but not in the "
                                         "specialisation data", pub.where.file, pub.where.line,
                                         pub.region_id, pub.period));
      continue;
    }
    seen.push_back(pub.region_id);
    const double computed = *region_value(spec, Measure::share_of_national_industry, pub.region_id);
    ShareRow r{spec.period, row->region, pub.value, pub.printed, pub.decimals, computed, computed - pub.value,
               ReproductionStatus::match, {}};
    const bool within = std::abs(r.difference) <= half_unit(decimals) * (1 + 1e-9);
    const KnownInconsistency* k = find_known(known, spec.period, pub.region_id);
    if (within && k != nullptr) {
      out.problems.push_back(fmt::format("{} {} is declared a known inconsistency but reproduces",
                                         spec.period, pub.region_id));
    } else if (!within) {
      r.status = k != nullptr ? ReproductionStatus::known : ReproductionStatus::drift;
      if (k != nullptr) r.reason = k->reason;
    }
    out.rows.push_back(std::move(r));
  }
  for (const RegionValues& r : spec.regions) {
    if (std::find(seen.begin(), seen.end(), r.region.id) == seen.end()) {
      out.problems.push_back(fmt::format("{} {} is in the specialisation data but not published",
                                         spec.period, r.region.id));
    }
  }
}

}  // namespace

ShareReproduction reproduce_shares(const std::vector<Specialisation>& computed,
                                   const std::vector<PublishedShare>& published,
                                   const std::vector<KnownInconsistency>& known) {
  ShareReproduction out;
  for (const std::string& period : periods_of(published)) {
    out.sums.push_back(check_sum(period, published));
    const auto spec = std::find_if(computed.begin(), computed.end(),
                                   [&](const Specialisation& s) { return s.period == period; });
    if (spec == computed.end()) {
      out.problems.push_back(fmt::format("{} is published but has no specialisation data", period));
    } else if (std::find(spec->region_measures.begin(), spec->region_measures.end(),
                         Measure::share_of_national_industry) == spec->region_measures.end()) {
      out.problems.push_back(fmt::format("{}: share_of_national_industry was not computed", period));
    } else {
      compare_period(*spec, published, out.sums.back().decimals, known, out);
    }
  }
  out.ok = out.problems.empty() &&
           std::all_of(out.sums.begin(), out.sums.end(), [](const ShareSumCheck& s) { return s.ok; }) &&
           std::none_of(out.rows.begin(), out.rows.end(),
                        [](const ShareRow& r) { return r.status == ReproductionStatus::drift; });
  return out;
}

}  // namespace itzones
