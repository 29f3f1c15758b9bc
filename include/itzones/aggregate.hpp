#pragma once
// Aggregation: the weighted mean that turns children's scores into their parent's score.

#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "itzones/diagnostic.hpp"

namespace itzones {

enum class Aggregation {
  arithmetic,  // sum(w x) / sum(w)
  geometric,   // exp(sum(w ln x) / sum(w)); every x > 0
  harmonic,    // sum(w) / sum(w / x); every x > 0
};

// The id used in method files and on the command line ("arithmetic", ...).
std::string_view aggregation_id(Aggregation aggregation);

// The aggregation with this id, or nullopt.
std::optional<Aggregation> aggregation_kind(std::string_view id);

// One step of a weighted mean: adds x with weight w to the running sums (both start at 0).
// False, changing nothing, when x is not allowed (x <= 0 for geometric and harmonic means).
inline bool accumulate(Aggregation aggregation, double x, double w, double& sum, double& weight_sum) {
  switch (aggregation) {
    case Aggregation::arithmetic: sum += w * x; break;
    case Aggregation::geometric:
      if (!(x > 0.0)) return false;
      sum += w * std::log(x);
      break;
    case Aggregation::harmonic:
      if (!(x > 0.0)) return false;
      sum += w / x;
      break;
  }
  weight_sum += w;
  return true;
}

// The mean from the running sums of accumulate() (weight_sum > 0).
inline double finish(Aggregation aggregation, double sum, double weight_sum) {
  switch (aggregation) {
    case Aggregation::geometric: return std::exp(sum / weight_sum);
    case Aggregation::harmonic: return weight_sum / sum;
    case Aggregation::arithmetic: break;
  }
  return sum / weight_sum;
}

// The message for a value accumulate() refused, e.g. "a geometric mean needs values > 0, got 0".
std::string refused(Aggregation aggregation, double x);

// The weighted mean of `values` (weights[i] > 0 belongs to values[i]; at least one value).
// The arithmetic mean adds w * x in order and divides by the sum of the weights, so equal
// weights of 1 give exactly (x1 + ... + xn) / n. Error for geometric and harmonic means when a
// value is 0 or negative, e.g. "a geometric mean needs values > 0, got 0" (no shift is applied:
// shifting would change the result's meaning silently).
Result<double> weighted_mean(std::span<const double> values, std::span<const double> weights,
                             Aggregation aggregation);

}  // namespace itzones
