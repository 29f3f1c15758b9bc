#pragma once
// Statistical audit of a method's indicators over one period, after the JRC/COINr practice:
// coverage, distribution and outliers per indicator; correlations between indicators and with
// their group.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/method.hpp"
#include "itzones/table.hpp"

namespace itzones {

// Outlier flag: |skewness| > k_skew_limit and kurtosis > k_kurtosis_limit.
inline constexpr double k_skew_limit = 2.0;
inline constexpr double k_kurtosis_limit = 3.5;

// Sample moments. sd with n - 1; skewness and kurtosis are the adjusted Fisher-Pearson G1 and the
// excess kurtosis G2 (as spreadsheets' SKEW and KURT):
//   G1 = n / ((n-1)(n-2)) * sum(z^3),  G2 = n(n+1) / ((n-1)(n-2)(n-3)) * sum(z^4) - 3(n-1)^2 / ((n-2)(n-3)),
// z = (x - mean) / sd. nullopt when undefined: sd below 2 values, G1 below 3, G2 below 4, or sd 0.
struct Moments {
  std::size_t n = 0;
  double min = 0.0;
  double max = 0.0;
  double mean = 0.0;
  std::optional<double> sd;
  std::optional<double> skewness;
  std::optional<double> kurtosis;
};

// The moments of `values` (at least one).
Moments moments(std::span<const double> values);

// Pearson's r of paired values; nullopt below 3 pairs or when either side is constant.
std::optional<double> pearson(std::span<const double> x, std::span<const double> y);

// Spearman's rho: Pearson's r of the average ranks (ties share their mean rank).
std::optional<double> spearman(std::span<const double> x, std::span<const double> y);

struct IndicatorStats {
  std::string indicator;
  std::string group;
  std::size_t regions = 0;
  std::size_t available = 0;  // regions where the value could be formed (never imputed)
  Moments raw;                // of the available raw values
  bool outlier = false;       // |skewness| > 2 and kurtosis > 3.5
};

// A correlation over the regions where both values are available (normalised values, so the
// method's direction is applied: a negative value means the two disagree about who is better).
struct Correlation {
  std::string a;  // an indicator id
  std::string b;  // an indicator id (a before b in the method's order) or the group id
  std::size_t pairs = 0;
  std::optional<double> pearson;
  std::optional<double> spearman;
  bool same_group = false;          // always true against the group's score
  bool negative_in_group = false;  // same group and Pearson's r < 0: the two pull apart
};

struct StatsReport {
  std::string period;
  std::vector<IndicatorStats> indicators;  // in the method's order
  std::vector<Correlation> pairs;          // every pair of indicators
  std::vector<Correlation> with_group;     // each indicator with its own group's score
};

// The audit of one period. Values that cannot be formed are left out (whatever the method's
// missing-value treatment); group scores are the nominal build's, with the method's treatment
// (or dropping, when the method's is `error`). Errors: as rate()'s other than missing values.
Result<StatsReport> indicator_stats(const RegionTable& table, const Method& method, const std::string& period);

}  // namespace itzones
