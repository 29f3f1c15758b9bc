#include "itzones/specialisation.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace itzones {
namespace {

Result<void> two_regions(const IndustryMatrix& m) {
  if (m.regions.size() >= 2) return {};
  return fail(fmt::format("{} region{}: the specialisation measures compare regions and need at "
                          "least two", m.regions.size(), in_period(m.period)));
}

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

// x ln(x / y), with 0 ln 0 = 0.
double x_ln_ratio(double x, double y) { return x == 0.0 ? 0.0 : x * std::log(x / y); }

}  // namespace

Result<std::vector<double>> national_shares(const IndustryMatrix& m, std::size_t k) {
  if (auto ok = two_regions(m); !ok) return fail(ok.error());
  double total = 0.0;
  for (const auto& row : m.values) total += row[k];
  if (total == 0.0) {
    return fail(fmt::format("industry \"{}\" has a national total of 0{}: the regions' shares of "
                            "it are undefined", m.industries[k], in_period(m.period)));
  }
  std::vector<double> shares;
  for (const auto& row : m.values) shares.push_back(row[k] / total);
  return shares;
}

Result<Structure> structure(const IndustryMatrix& m) {
  if (m.coverage == Coverage::target_only) {
    return fail(fmt::format("the input{} holds only the target industry \"{}\": location quotients "
                            "and specialisation indices need every industry of the economy",
                            in_period(m.period), m.industries.empty() ? "" : m.industries.front()));
  }
  if (auto ok = two_regions(m); !ok) return fail(ok.error());
  if (m.industries.size() < 2) {
    return fail(fmt::format("{} industry{}: a region's industry structure needs at least two",
                            m.industries.size(), in_period(m.period)));
  }
  Structure s;
  s.values = m.values;
  s.industry_totals.assign(m.industries.size(), 0.0);
  for (std::size_t r = 0; r < m.regions.size(); ++r) {
    s.region_totals.push_back(sum(m.values[r]));
    if (s.region_totals.back() == 0.0) {
      return fail(fmt::format("region \"{}\" has a total of 0 over all industries{}: its industry "
                              "structure is undefined", m.regions[r].id, in_period(m.period)));
    }
    for (std::size_t k = 0; k < m.industries.size(); ++k) s.industry_totals[k] += m.values[r][k];
  }
  for (std::size_t k = 0; k < m.industries.size(); ++k) {
    if (s.industry_totals[k] == 0.0) {
      return fail(fmt::format("industry \"{}\" has a national total of 0{}: its shares and location "
                              "quotients are undefined", m.industries[k], in_period(m.period)));
    }
  }
  s.total = sum(s.region_totals);
  for (std::size_t r = 0; r < m.regions.size(); ++r) {
    std::vector<double>& row = s.region_shares.emplace_back();
    for (const double x : m.values[r]) row.push_back(x / s.region_totals[r]);
    s.weights.push_back(s.region_totals[r] / s.total);
  }
  for (const double xk : s.industry_totals) s.nation.push_back(xk / s.total);
  return s;
}

double location_quotient(const Structure& s, std::size_t r, std::size_t k) {
  return s.region_shares[r][k] / s.nation[k];
}

double krugman_term_vs_nation(const Structure& s, std::size_t r, std::size_t k) {
  return std::abs(s.region_shares[r][k] - s.nation[k]);
}

double krugman_specialisation(const Structure& s, std::size_t r, Reference reference) {
  const std::size_t n = s.values.size();
  double index = 0.0;
  for (std::size_t k = 0; k < s.nation.size(); ++k) {
    double ref = s.nation[k];
    if (reference == Reference::rest_of_country) {
      ref = (s.industry_totals[k] - s.values[r][k]) / (s.total - s.region_totals[r]);
    } else if (reference == Reference::mean_of_others) {
      double others = 0.0;
      for (std::size_t j = 0; j < n; ++j) {
        if (j != r) others += s.region_shares[j][k];
      }
      ref = others / static_cast<double>(n - 1);
    }
    index += std::abs(s.region_shares[r][k] - ref);
  }
  return index;
}

double krugman_pairwise(const Structure& s, std::size_t a, std::size_t b) {
  double index = 0.0;
  for (std::size_t k = 0; k < s.nation.size(); ++k) {
    index += std::abs(s.region_shares[a][k] - s.region_shares[b][k]);
  }
  return index;
}

double krugman_concentration(const Structure& s, std::size_t k) {
  double index = 0.0;
  for (std::size_t r = 0; r < s.values.size(); ++r) {
    index += std::abs(s.values[r][k] / s.industry_totals[k] - s.weights[r]);
  }
  return index;
}

double locational_gini(const Structure& s, std::size_t k) {
  std::vector<double> lq;
  for (std::size_t r = 0; r < s.values.size(); ++r) lq.push_back(location_quotient(s, r, k));
  return weighted_gini(lq, s.weights);
}

double specialisation_gini(const Structure& s, std::size_t r) {
  std::vector<double> lq;
  for (std::size_t k = 0; k < s.nation.size(); ++k) lq.push_back(location_quotient(s, r, k));
  return weighted_gini(lq, s.nation);
}

double structure_hhi(const Structure& s, std::size_t r) { return hhi_raw(s.region_shares[r]); }

double shannon_entropy_ln(const Structure& s, std::size_t r) {
  double h = 0.0;
  for (const double share : s.region_shares[r]) h -= x_ln_ratio(share, 1.0);
  return h;
}

double theil_index_vs_nation(const Structure& s, std::size_t r) {
  double t = 0.0;
  for (std::size_t k = 0; k < s.nation.size(); ++k) t += x_ln_ratio(s.region_shares[r][k], s.nation[k]);
  return t;
}

double hhi_raw(const std::vector<double>& shares) {
  return std::inner_product(shares.begin(), shares.end(), shares.begin(), 0.0);
}

double hhi_normalised(const std::vector<double>& shares) {
  const double floor = 1.0 / static_cast<double>(shares.size());
  return (hhi_raw(shares) - floor) / (1.0 - floor);
}

double weighted_gini(const std::vector<double>& values, const std::vector<double>& weights) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  const double total_weight = sum(weights);
  double total_mass = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) total_mass += weights[i] * values[i];
  double area = 0.0;  // sum of (W_i - W_{i-1}) (Y_i + Y_{i-1})
  double cumulative = 0.0;
  for (const std::size_t i : order) {
    const double before = cumulative;
    cumulative += weights[i] * values[i] / total_mass;
    area += weights[i] / total_weight * (cumulative + before);
  }
  return 1.0 - area;
}

}  // namespace itzones
