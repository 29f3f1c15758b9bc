#pragma once
// Aggregation: the weighted mean that turns children's scores into their parent's score.

#include <optional>
#include <span>
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

// The weighted mean of `values` (weights[i] > 0 belongs to values[i]; at least one value).
// The arithmetic mean adds w * x in order and divides by the sum of the weights, so equal
// weights of 1 give exactly (x1 + ... + xn) / n. Error for geometric and harmonic means when a
// value is 0 or negative, e.g. "a geometric mean needs values > 0, got 0" (no shift is applied:
// shifting would change the result's meaning silently).
Result<double> weighted_mean(std::span<const double> values, std::span<const double> weights,
                             Aggregation aggregation);

}  // namespace itzones
