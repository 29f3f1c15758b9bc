#include "itzones/stats.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "itzones/scoring.hpp"

namespace itzones {
namespace {

// The values of `column` where `keep` holds.
std::vector<double> kept(const std::vector<std::optional<double>>& column, const std::vector<bool>& keep) {
  std::vector<double> out;
  for (std::size_t i = 0; i < column.size(); ++i) {
    if (keep[i]) out.push_back(*column[i]);
  }
  return out;
}

Correlation correlate(std::string a, std::string b, const std::vector<double>& x, const std::vector<double>& y,
                      bool same_group) {
  Correlation c{std::move(a), std::move(b), x.size(), pearson(x, y), spearman(x, y), same_group, false};
  c.negative_in_group = same_group && c.pearson && *c.pearson < 0.0;
  return c;
}

// Average ranks of `values` (1 = the smallest).
std::vector<double> ranks(std::span<const double> values) {
  const std::vector<std::optional<double>> column(values.begin(), values.end());
  auto ranked = normalise(column, Normalisation{NormalisationKind::rank}, Direction::higher_is_better);
  std::vector<double> out;
  for (const std::optional<double>& r : *ranked) out.push_back(*r);
  return out;
}

}  // namespace

Moments moments(std::span<const double> values) {
  Moments m;
  m.n = values.size();
  m.min = *std::min_element(values.begin(), values.end());
  m.max = *std::max_element(values.begin(), values.end());
  for (const double v : values) m.mean += v;
  m.mean /= static_cast<double>(m.n);
  if (m.n < 2) return m;
  double squares = 0.0;
  for (const double v : values) squares += (v - m.mean) * (v - m.mean);
  const double n = static_cast<double>(m.n);
  m.sd = std::sqrt(squares / (n - 1.0));
  if (*m.sd == 0.0) return m;
  double cubes = 0.0;
  double fourths = 0.0;
  for (const double v : values) {
    const double z = (v - m.mean) / *m.sd;
    cubes += z * z * z;
    fourths += z * z * z * z;
  }
  if (m.n >= 3) m.skewness = n / ((n - 1.0) * (n - 2.0)) * cubes;
  if (m.n >= 4) {
    m.kurtosis = n * (n + 1.0) / ((n - 1.0) * (n - 2.0) * (n - 3.0)) * fourths -
                 3.0 * (n - 1.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0));
  }
  return m;
}

std::optional<double> pearson(std::span<const double> x, std::span<const double> y) {
  const std::size_t n = x.size();
  if (n < 3) return std::nullopt;
  double mx = 0.0;
  double my = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    mx += x[i];
    my += y[i];
  }
  mx /= static_cast<double>(n);
  my /= static_cast<double>(n);
  double sxy = 0.0;
  double sxx = 0.0;
  double syy = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  if (sxx == 0.0 || syy == 0.0) return std::nullopt;
  return sxy / std::sqrt(sxx * syy);
}

std::optional<double> spearman(std::span<const double> x, std::span<const double> y) {
  if (x.size() < 3) return std::nullopt;
  return pearson(ranks(x), ranks(y));
}

Result<StatsReport> indicator_stats(const RegionTable& table, const Method& method, const std::string& period) {
  const MissingTreatment treatment = method.missing == MissingTreatment::error ? MissingTreatment::drop : method.missing;
  const auto built = build_nominal(table, method, period, {}, treatment);
  if (!built) return fail(built.error());
  const IndicatorValues& raw = built->raw;
  const IndicatorColumns& normalised = built->normalised;
  const Hierarchy& tree = built->tree;

  const std::size_t n = table.regions.size();
  const std::size_t count = method.indicators.size();
  std::vector<std::vector<bool>> available(count, std::vector<bool>(n));
  StatsReport report{period, {}, {}, {}};
  for (std::size_t k = 0; k < count; ++k) {
    for (std::size_t i = 0; i < n; ++i) {
      const ValueSource s = raw.sources[k][i];
      available[k][i] = s != ValueSource::imputed && s != ValueSource::missing;
    }
    const Indicator& ind = method.indicators[k];
    IndicatorStats st{ind.id, ind.group, n, 0, {}, false};
    const std::vector<double> values = kept(raw.columns[k], available[k]);
    st.available = values.size();
    if (!values.empty()) st.raw = moments(values);
    st.outlier = st.raw.skewness && st.raw.kurtosis && std::abs(*st.raw.skewness) > k_skew_limit &&
                 *st.raw.kurtosis > k_kurtosis_limit;
    report.indicators.push_back(std::move(st));

    const std::size_t g = tree.indicator_group[k];
    std::vector<std::optional<double>> group(built->scores.groups[g].begin(), built->scores.groups[g].end());
    report.with_group.push_back(correlate(ind.id, method.groups[g].id, kept(normalised[k], available[k]),
                                          kept(group, available[k]), true));
  }
  for (std::size_t a = 0; a < count; ++a) {
    for (std::size_t b = a + 1; b < count; ++b) {
      std::vector<bool> both(n);
      for (std::size_t i = 0; i < n; ++i) both[i] = available[a][i] && available[b][i];
      report.pairs.push_back(correlate(method.indicators[a].id, method.indicators[b].id, kept(normalised[a], both),
                                       kept(normalised[b], both),
                                       tree.indicator_group[a] == tree.indicator_group[b]));
    }
  }
  return report;
}

}  // namespace itzones
