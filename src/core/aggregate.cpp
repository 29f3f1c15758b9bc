#include "itzones/aggregate.hpp"

#include <fmt/format.h>

#include <array>

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

std::string refused(Aggregation aggregation, double x) {
  return fmt::format("a {} mean needs values > 0, got {}", aggregation_id(aggregation), x);
}

Result<double> weighted_mean(std::span<const double> values, std::span<const double> weights,
                             Aggregation aggregation) {
  double sum = 0.0;
  double weight_sum = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!accumulate(aggregation, values[i], weights[i], sum, weight_sum)) return fail(refused(aggregation, values[i]));
  }
  return finish(aggregation, sum, weight_sum);
}

}  // namespace itzones
