#include "itzones/panel_measures.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

#include "itzones/sparse_gini.hpp"
#include "itzones/specialisation.hpp"
#include "itzones/specialise.hpp"

namespace itzones {
namespace {

bool is_region_measure(Measure m) {
  const Scope scope = measure_info(m).scope;
  return scope == Scope::region_in_industry || scope == Scope::region;
}

double sum(const std::vector<double>& v) {
  return std::accumulate(v.begin(), v.end(), 0.0);
}

// x ln(x / y), with 0 ln 0 = 0.
double x_ln_ratio(double x, double y) {
  return x == 0.0 ? 0.0 : x * std::log(x / y);
}

// The totals, shares and references of one period, and the scratch space for one row.
class PeriodStructure {
 public:
  PeriodStructure(const Panel& panel, const PanelPeriod& p) : m_panel(panel), m_p(p) {}

  Result<void> compute_totals() {
    const std::string where = in_period(m_p.period);
    if (m_p.rows.size() < 2) {
      return fail(fmt::format(
          "{} region{}: the specialisation measures compare regions and need at least two",
          m_p.rows.size(), where));
    }
    if (m_p.industries.size() < 2) {
      return fail(fmt::format("{} industry{}: a region's industry structure needs at least two",
                              m_p.industries.size(), where));
    }
    industry_totals.assign(m_p.industries.size(), 0.0);
    for (const PanelRow& row : m_p.rows) {
      region_totals.push_back(sum(row.values));
      if (region_totals.back() == 0.0) {
        return fail(fmt::format(
            "region \"{}\" has a total of 0 over all industries{}: its industry structure "
            "is undefined",
            m_panel.regions[row.region], where));
      }
      for (std::size_t i = 0; i < row.columns.size(); ++i)
        industry_totals[row.columns[i]] += row.values[i];
    }
    for (std::size_t k = 0; k < industry_totals.size(); ++k) {
      if (industry_totals[k] == 0.0) {
        return fail(fmt::format(
            "industry \"{}\" has a national total of 0{}: its shares and location quotients "
            "are undefined",
            m_panel.industries[m_p.industries[k]], where));
      }
    }
    total = sum(region_totals);
    for (const double xr : region_totals) weights.push_back(xr / total);
    for (const double xk : industry_totals) nation.push_back(xk / total);
    return {};
  }

  // sum_j s_jk of every column, summed in row order.
  std::vector<double> share_column_sums() const {
    std::vector<double> sums(nation.size(), 0.0);
    for (std::size_t r = 0; r < m_p.rows.size(); ++r) {
      const PanelRow& row = m_p.rows[r];
      for (std::size_t i = 0; i < row.columns.size(); ++i)
        sums[row.columns[i]] += row.values[i] / region_totals[r];
    }
    return sums;
  }

  std::vector<double> region_totals;    // x_r
  std::vector<double> industry_totals;  // X_k
  double total = 0.0;                   // X
  std::vector<double> weights;          // c_r
  std::vector<double> nation;           // S_k

 private:
  const Panel& m_panel;
  const PanelPeriod& m_p;
};

// Every region measure of one row, written into `out`, and the row's terms of the industry sums.
class RowMeasures {
 public:
  // `share_sums`: sum_j s_jk per column, for the mean-of-others reference.
  RowMeasures(const PeriodStructure& s, const PanelColumns& columns, std::size_t target,
              const std::vector<double>& share_sums)
      : m_s(s),
        m_columns(columns),
        m_target(target),
        m_share_sums(share_sums),
        m_x(s.nation.size(), 0.0),
        m_share(s.nation.size(), 0.0),
        m_nation_weight(sum(s.nation)) {}

  void measure(const PanelRow& row, std::size_t r, double* out) {
    const double xr = m_s.region_totals[r];
    for (std::size_t i = 0; i < row.columns.size(); ++i) {
      m_x[row.columns[i]] = row.values[i];
      m_share[row.columns[i]] = row.values[i] / xr;
    }
    for (const Measure m : m_columns.region_measures) *out++ = value(m, row, r);
    for (const std::uint32_t k : row.columns) m_x[k] = m_share[k] = 0.0;
  }

 private:
  double value(Measure m, const PanelRow& row, std::size_t r) {
    using enum Measure;
    const std::size_t t = m_target;
    switch (m) {
      case share_of_national_industry:
        return m_x[t] / m_s.industry_totals[t];
      case location_quotient:
        return m_share[t] / m_s.nation[t];
      case krugman_term_vs_nation:
        return std::abs(m_share[t] - m_s.nation[t]);
      case krugman_specialisation_vs_nation:
        return krugman(r, Reference::nation);
      case krugman_specialisation_vs_nation_halved:
        return krugman(r, Reference::nation) / 2;
      case krugman_specialisation_vs_rest_of_country:
        return krugman(r, Reference::rest_of_country);
      case krugman_specialisation_vs_rest_of_country_halved:
        return krugman(r, Reference::rest_of_country) / 2;
      case krugman_specialisation_vs_mean_of_others:
        return krugman(r, Reference::mean_of_others);
      case krugman_specialisation_vs_mean_of_others_halved:
        return krugman(r, Reference::mean_of_others) / 2;
      case specialisation_gini:
        return gini(row);
      case structure_hhi:
        return sparse_sum(row, [](double s, double) { return s * s; });
      case shannon_entropy_ln:
        return entropy(row);
      case theil_index_vs_nation:
        return sparse_sum(row, [](double s, double nk) { return x_ln_ratio(s, nk); });
      default:
        return 0.0;  // not a region measure: panel_columns() never puts one here
    }
  }

  // sum_k |s_rk - R_k| for each reference, as krugman_specialisation(), in one pass over the
  // columns for all three (computed once per row).
  double krugman(std::size_t r, Reference reference) {
    if (m_krugman_row != r) {
      const std::size_t columns = m_s.nation.size();
      const double rest = m_s.total - m_s.region_totals[r];
      const auto others = static_cast<double>(m_s.region_totals.size() - 1);
      double vs_nation = 0.0, vs_rest = 0.0, vs_others = 0.0;
      for (std::size_t k = 0; k < columns; ++k) {
        const double share = m_share[k];
        vs_nation += std::abs(share - m_s.nation[k]);
        vs_rest += std::abs(share - (m_s.industry_totals[k] - m_x[k]) / rest);
        vs_others += std::abs(share - (m_share_sums[k] - share) / others);
      }
      m_krugman = {vs_nation, vs_rest, vs_others};
      m_krugman_row = r;
    }
    switch (reference) {
      case Reference::nation:
        return m_krugman.nation;
      case Reference::rest_of_country:
        return m_krugman.rest_of_country;
      case Reference::mean_of_others:
        return m_krugman.mean_of_others;
    }
    return 0.0;
  }

  // sum over the row's cells of f(s_rk, S_k), in column order; absent cells add 0.
  template <class F>
  double sparse_sum(const PanelRow& row, F f) const {
    double total = 0.0;
    for (const std::uint32_t k : row.columns) total += f(m_share[k], m_s.nation[k]);
    return total;
  }

  // -sum_k s_rk ln s_rk, subtracting term by term as shannon_entropy_ln() does.
  double entropy(const PanelRow& row) const {
    double h = 0.0;
    for (const std::uint32_t k : row.columns) h -= x_ln_ratio(m_share[k], 1.0);
    return h;
  }

  // The Gini of the row's location quotients, industries weighted by S_k.
  double gini(const PanelRow& row) {
    m_gini.clear();
    for (const std::uint32_t k : row.columns)
      m_gini.add(k, m_share[k] / m_s.nation[k], m_s.nation[k]);
    return m_gini.gini(m_s.nation.data(), m_nation_weight);
  }

  const PeriodStructure& m_s;
  const PanelColumns& m_columns;
  std::size_t m_target;
  const std::vector<double>& m_share_sums;
  std::vector<double> m_x;      // x_rk of the current row, 0 where absent
  std::vector<double> m_share;  // s_rk of the current row, 0 where absent
  double m_nation_weight;       // sum_k S_k, summed in column order
  SparseGini m_gini;
  std::size_t m_krugman_row = SIZE_MAX;  // the row m_krugman is of
  struct {
    double nation, rest_of_country, mean_of_others;
  } m_krugman{};
};

// The industry measures of every column, written into `out` ([column][measure]).
void measure_industries(const PanelPeriod& p, const PeriodStructure& s,
                        const std::vector<Measure>& measures, double* out) {
  using enum Measure;
  const auto asked = [&](Measure m) {
    return std::find(measures.begin(), measures.end(), m) != measures.end();
  };
  const std::size_t columns = s.nation.size();
  // Krugman concentration: sum_r |c_rk - c_r| in row order, absent cells adding c_r.
  std::vector<double> concentration(columns, 0.0);
  if (asked(krugman_concentration) || asked(hoover_localisation)) {
    std::vector<double> x(columns, 0.0);
    for (std::size_t r = 0; r < p.rows.size(); ++r) {
      const PanelRow& row = p.rows[r];
      for (std::size_t i = 0; i < row.columns.size(); ++i) x[row.columns[i]] = row.values[i];
      for (std::size_t k = 0; k < columns; ++k)
        concentration[k] += std::abs(x[k] / s.industry_totals[k] - s.weights[r]);
      for (const std::uint32_t k : row.columns) x[k] = 0.0;
    }
  }
  // The cells by column, in row order; the arrays are kept from period to period, so their
  // pages are touched once per thread rather than once per period.
  thread_local std::vector<std::size_t> start;
  thread_local std::vector<std::size_t> next;
  thread_local std::vector<std::uint32_t> cell_row;
  thread_local std::vector<double> cell_value;
  start.assign(columns + 1, 0);
  for (const PanelRow& row : p.rows) {
    for (const std::uint32_t k : row.columns) ++start[k + 1];
  }
  std::partial_sum(start.begin(), start.end(), start.begin());
  cell_row.resize(start.back());
  cell_value.resize(start.back());
  next.assign(start.begin(), start.end() - 1);
  for (std::uint32_t r = 0; r < p.rows.size(); ++r) {
    const PanelRow& row = p.rows[r];
    for (std::size_t i = 0; i < row.columns.size(); ++i) {
      const std::size_t at = next[row.columns[i]]++;
      cell_row[at] = r;
      cell_value[at] = row.values[i];
    }
  }
  const double region_weight = sum(s.weights);
  const double regions = sum(std::vector<double>(p.rows.size(), 1.0));
  SparseGini gini;
  std::vector<double> shares;  // c_rk of the column's cells
  for (std::size_t k = 0; k < columns; ++k) {
    shares.clear();
    for (std::size_t at = start[k]; at < start[k + 1]; ++at)
      shares.push_back(cell_value[at] / s.industry_totals[k]);
    const auto locational = [&] {
      gini.clear();
      for (std::size_t at = start[k]; at < start[k + 1]; ++at) {
        const std::uint32_t r = cell_row[at];
        gini.add(r, cell_value[at] / s.region_totals[r] / s.nation[k], s.weights[r]);
      }
      return gini.gini(s.weights.data(), region_weight);
    };
    const auto of_shares = [&] {
      gini.clear();
      for (std::size_t at = start[k]; at < start[k + 1]; ++at)
        gini.add(cell_row[at], shares[at - start[k]], 1.0);
      return gini.gini(nullptr, regions);
    };
    for (const Measure m : measures) {
      switch (m) {
        case krugman_concentration:
          *out++ = concentration[k];
          break;
        case hoover_localisation:
          *out++ = concentration[k] / 2;
          break;
        case locational_gini:
          *out++ = locational();
          break;
        case share_gini:
          *out++ = of_shares();
          break;
        case hhi_raw:
          *out++ = itzones::hhi_raw(shares);
          break;
        case hhi_normalised:
          *out++ = (itzones::hhi_raw(shares) - 1.0 / static_cast<double>(p.rows.size())) /
                   (1.0 - 1.0 / static_cast<double>(p.rows.size()));
          break;
        default:
          *out++ = 0.0;  // not an industry measure: panel_columns() never puts one here
      }
    }
  }
}

}  // namespace

Result<PanelColumns> panel_columns(const PanelRequest& request) {
  PanelColumns out{request.industry, {}, {}};
  std::vector<Measure> measures = request.measures;
  if (measures.empty()) {
    for (const Measure m : default_measures(Coverage::economy)) {
      if (!request.industry.empty() || measure_info(m).scope != Scope::region_in_industry)
        measures.push_back(m);
    }
  }
  for (const Measure m : measures) {
    const MeasureInfo& info = measure_info(m);
    if (info.scope == Scope::region_pair) {
      return fail(fmt::format(
          "measure \"{}\" gives n x n values per period and is not available for panels; "
          "run it on one period",
          info.id));
    }
    if (info.scope == Scope::region_in_industry && request.industry.empty()) {
      return fail(
          fmt::format("measure \"{}\" is of one industry: name it with --industry", info.id));
    }
    auto& list = is_region_measure(m) ? out.region_measures : out.industry_measures;
    if (std::find(list.begin(), list.end(), m) == list.end()) list.push_back(m);
  }
  return out;
}

Result<PeriodMeasures> measure_period(const Panel& panel, std::size_t period,
                                      const PanelColumns& columns) {
  const PanelPeriod& p = panel.periods[period];
  PeriodStructure s(panel, p);
  if (auto ok = s.compute_totals(); !ok) return fail(ok.error());
  std::size_t target = 0;
  if (!columns.industry.empty()) {
    const auto found = std::lower_bound(
        p.industries.begin(), p.industries.end(), columns.industry,
        [&](std::uint32_t k, const std::string& name) { return panel.industries[k] < name; });
    if (found == p.industries.end() || panel.industries[*found] != columns.industry) {
      std::vector<std::string> names;
      for (const std::uint32_t k : p.industries) names.push_back(panel.industries[k]);
      return fail(fmt::format("industry \"{}\" is not in the input{} (industries: {})",
                              columns.industry, p.period.empty() ? "" : " for " + p.period,
                              name_list(names)));
    }
    target = static_cast<std::size_t>(found - p.industries.begin());
  }
  const std::vector<double> share_sums = s.share_column_sums();
  PeriodMeasures out;
  out.region_values.resize(p.rows.size() * columns.region_measures.size());
  RowMeasures rows(s, columns, target, share_sums);
  for (std::size_t r = 0; r < p.rows.size(); ++r) {
    rows.measure(p.rows[r], r, out.region_values.data() + r * columns.region_measures.size());
  }
  out.industry_values.resize(p.industries.size() * columns.industry_measures.size());
  measure_industries(p, s, columns.industry_measures, out.industry_values.data());
  out.region_totals = std::move(s.region_totals);
  out.nation = std::move(s.nation);
  return out;
}

double cell_location_quotient(const PeriodMeasures& m, const PanelRow& row, std::size_t r,
                              std::size_t cell) {
  return row.values[cell] / m.region_totals[r] / m.nation[row.columns[cell]];
}

}  // namespace itzones
