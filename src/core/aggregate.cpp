#include "itzones/aggregate.hpp"

#include <fmt/format.h>

#include <array>
#include <cmath>

namespace itzones {
namespace {

constexpr std::array<std::pair<Aggregation, std::string_view>, 3> k_ids = {{
    {Aggregation::arithmetic, "arithmetic"},
    {Aggregation::geometric, "geometric"},
    {Aggregation::harmonic, "harmonic"},
}};

}  // namespace

std::string_view aggregation_id(Aggregation aggregation) {
  for (const auto& [a, id] : k_ids) {
    if (a == aggregation) return id;
  }
  return "";
}

std::optional<Aggregation> aggregation_kind(std::string_view id) {
  for (const auto& [a, name] : k_ids) {
    if (name == id) return a;
  }
  return std::nullopt;
}

Result<double> weighted_mean(std::span<const double> values, std::span<const double> weights,
                             Aggregation aggregation) {
  double sum = 0.0;
  double weight_sum = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double x = values[i];
    const double w = weights[i];
    if (aggregation != Aggregation::arithmetic && !(x > 0.0)) {
      return fail(fmt::format("a {} mean needs values > 0, got {}", aggregation_id(aggregation), x));
    }
    switch (aggregation) {
      case Aggregation::arithmetic: sum += w * x; break;
      case Aggregation::geometric: sum += w * std::log(x); break;
      case Aggregation::harmonic: sum += w / x; break;
    }
    weight_sum += w;
  }
  switch (aggregation) {
    case Aggregation::arithmetic: return sum / weight_sum;
    case Aggregation::geometric: return std::exp(sum / weight_sum);
    case Aggregation::harmonic: return weight_sum / sum;
  }
  return sum / weight_sum;
}

}  // namespace itzones
