#include "itzones/specialise.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "itzones/specialisation.hpp"

namespace itzones {
namespace {

// A region measure of region r; the target industry is k; `shares` are c_rk.
double region_measure(Measure m, const Structure& s, const std::vector<double>& shares, std::size_t r,
                      std::size_t k) {
  using enum Measure;
  switch (m) {
    case share_of_national_industry: return shares[r];
    case location_quotient: return itzones::location_quotient(s, r, k);
    case krugman_term_vs_nation: return itzones::krugman_term_vs_nation(s, r, k);
    case krugman_specialisation_vs_nation: return krugman_specialisation(s, r, Reference::nation);
    case krugman_specialisation_vs_nation_halved: return krugman_specialisation(s, r, Reference::nation) / 2;
    case krugman_specialisation_vs_rest_of_country: return krugman_specialisation(s, r, Reference::rest_of_country);
    case krugman_specialisation_vs_rest_of_country_halved:
      return krugman_specialisation(s, r, Reference::rest_of_country) / 2;
    case krugman_specialisation_vs_mean_of_others: return krugman_specialisation(s, r, Reference::mean_of_others);
    case krugman_specialisation_vs_mean_of_others_halved:
      return krugman_specialisation(s, r, Reference::mean_of_others) / 2;
    case specialisation_gini: return itzones::specialisation_gini(s, r);
    case structure_hhi: return itzones::structure_hhi(s, r);
    case shannon_entropy_ln: return itzones::shannon_entropy_ln(s, r);
    case theil_index_vs_nation: return itzones::theil_index_vs_nation(s, r);
    default: return 0.0;  // not a region measure: specialise() never asks
  }
}

// An industry measure of industry k; `shares` are c_rk.
double industry_measure(Measure m, const Structure& s, const std::vector<double>& shares, std::size_t k) {
  using enum Measure;
  switch (m) {
    case krugman_concentration: return itzones::krugman_concentration(s, k);
    case hoover_localisation: return itzones::krugman_concentration(s, k) / 2;
    case locational_gini: return itzones::locational_gini(s, k);
    case share_gini: return weighted_gini(shares, std::vector<double>(shares.size(), 1.0));
    case hhi_raw: return itzones::hhi_raw(shares);
    case hhi_normalised: return itzones::hhi_normalised(shares);
    default: return 0.0;  // not an industry measure: specialise() never asks
  }
}

bool is_region_measure(Measure m) {
  const Scope scope = measure_info(m).scope;
  return scope == Scope::region_in_industry || scope == Scope::region;
}

}  // namespace

std::vector<Measure> default_measures(Coverage coverage) {
  std::vector<Measure> out;
  for (const MeasureInfo& info : measure_catalogue()) {
    if (info.measure == Measure::krugman_pairwise) continue;
    if (coverage == Coverage::target_only && info.needs == Needs::economy) continue;
    out.push_back(info.measure);
  }
  return out;
}

Result<Specialisation> specialise(const IndustryMatrix& m, const SpecialisationRequest& request) {
  const std::string where = m.period.empty() ? "" : " for " + m.period;
  const auto target = std::find(m.industries.begin(), m.industries.end(), request.industry);
  if (target == m.industries.end()) {
    return fail(fmt::format("industry \"{}\" is not in the input{} (industries: {})", request.industry,
                            where, fmt::join(m.industries, ", ")));
  }
  const auto k = static_cast<std::size_t>(target - m.industries.begin());
  Specialisation out{m.period, request.industry, m.coverage, {}, {}, {}, {}, {}, {}, {}, m.notes};
  const std::vector<Measure> measures =
      request.measures.empty() ? default_measures(m.coverage) : request.measures;
  const auto asked = [&](Measure x) { return std::find(measures.begin(), measures.end(), x) != measures.end(); };
  bool economy = false;
  for (const Measure measure : measures) {
    const MeasureInfo& info = measure_info(measure);
    if (info.needs == Needs::economy && m.coverage == Coverage::target_only) {
      return fail(fmt::format("measure \"{}\" needs every industry of the economy; the input{} holds "
                              "only the target industry \"{}\"", info.id, where, request.industry));
    }
    economy = economy || info.needs == Needs::economy;
    auto& list = is_region_measure(measure) ? out.region_measures : out.industry_measures;
    if (info.scope != Scope::region_pair && std::find(list.begin(), list.end(), measure) == list.end()) {
      list.push_back(measure);
    }
  }
  Structure s;
  if (economy) {
    auto computed = structure(m);
    if (!computed) return fail(computed.error());
    s = std::move(*computed);
  }
  // shares[j] = c_rj of every region. Only the target's unless an industry measure is asked, so an
  // unrelated industry with a national total of 0 does not block the region measures.
  std::vector<std::vector<double>> shares(m.industries.size());
  for (std::size_t j = 0; j < m.industries.size(); ++j) {
    if (j != k && out.industry_measures.empty()) continue;
    auto c = national_shares(m, j);
    if (!c) return fail(c.error());
    shares[j] = std::move(*c);
  }
  std::vector<std::size_t> order(m.regions.size());
  for (std::size_t r = 0; r < m.regions.size(); ++r) {
    order[r] = r;
    RegionValues& row = out.regions.emplace_back(RegionValues{m.regions[r], {}});
    for (const Measure measure : out.region_measures) {
      row.values.push_back(region_measure(measure, s, shares[k], r, k));
    }
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const RegionValues& x = out.regions[a];
    const RegionValues& y = out.regions[b];
    if (!x.values.empty() && x.values.front() != y.values.front()) return x.values.front() > y.values.front();
    return x.region.id < y.region.id;
  });
  std::vector<RegionValues> sorted;
  for (const std::size_t r : order) sorted.push_back(out.regions[r]);
  out.regions = std::move(sorted);
  for (std::size_t j = 0; j < m.industries.size(); ++j) {
    IndustryValues& row = out.industries.emplace_back(IndustryValues{m.industries[j], {}});
    for (const Measure measure : out.industry_measures) {
      row.values.push_back(industry_measure(measure, s, shares[j], j));
    }
  }
  if (asked(Measure::location_quotient)) {
    out.lq_industries = m.industries;
    for (const std::size_t r : order) {
      std::vector<double>& row = out.location_quotients.emplace_back();
      for (std::size_t j = 0; j < m.industries.size(); ++j) row.push_back(location_quotient(s, r, j));
    }
  }
  if (asked(Measure::krugman_pairwise)) {
    for (const std::size_t a : order) {
      std::vector<double>& row = out.pairwise.emplace_back();
      for (const std::size_t b : order) row.push_back(krugman_pairwise(s, a, b));
    }
  }
  return out;
}

std::optional<double> region_value(const Specialisation& s, Measure measure, const std::string& region_id) {
  const auto column = std::find(s.region_measures.begin(), s.region_measures.end(), measure);
  if (column == s.region_measures.end()) return std::nullopt;
  for (const RegionValues& row : s.regions) {
    if (row.region.id == region_id) return row.values[static_cast<std::size_t>(column - s.region_measures.begin())];
  }
  return std::nullopt;
}

}  // namespace itzones
