#include "itzones/normalise.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace itzones {
namespace {

constexpr std::array<std::pair<NormalisationKind, std::string_view>, 6> k_ids = {{
    {NormalisationKind::percent_of_best, "percent_of_best"},
    {NormalisationKind::min_max, "min_max"},
    {NormalisationKind::z_score, "z_score"},
    {NormalisationKind::rank, "rank"},
    {NormalisationKind::percentile_rank, "percentile_rank"},
    {NormalisationKind::goalposts, "goalposts"},
}};

using Column = std::vector<std::optional<double>>;

// Applies `f` to every present value.
template <class F>
Column map_present(std::span<const std::optional<double>> values, F f) {
  Column out(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i]) out[i] = f(*values[i]);
  }
  return out;
}

Result<Column> percent_of_best(std::span<const std::optional<double>> values, double lowest,
                               double highest, Direction direction) {
  if (lowest < 0) {
    return fail(fmt::format("percent_of_best needs values >= 0 (a ratio scale), got {}", lowest));
  }
  if (direction == Direction::higher_is_better) {
    if (highest <= 0.0) {
      return fail("the best value is 0 (every region is 0), so no region can be taken as 100%");
    }
    return map_present(values, [&](double x) { return x / highest * 100.0; });
  }
  if (lowest == 0.0) {
    return fail("lower is better and a region has 0, the best possible value, so best / x * 100 "
                "cannot be formed");
  }
  return map_present(values, [&](double x) { return lowest / x * 100.0; });
}

// Average ranks of the present values: 1 for the smallest; ties share the mean of their ranks.
Column average_ranks(std::span<const std::optional<double>> values) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i]) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return *values[a] < *values[b]; });
  Column ranks(values.size());
  for (std::size_t first = 0; first < order.size();) {
    std::size_t last = first;
    while (last + 1 < order.size() && *values[order[last + 1]] == *values[order[first]]) ++last;
    const double rank = static_cast<double>(first + last) / 2.0 + 1.0;
    for (std::size_t j = first; j <= last; ++j) ranks[order[j]] = rank;
    first = last + 1;
  }
  return ranks;
}

}  // namespace

std::string_view normalisation_id(NormalisationKind kind) {
  for (const auto& [k, id] : k_ids) {
    if (k == kind) return id;
  }
  return "";
}

std::optional<NormalisationKind> normalisation_kind(std::string_view id) {
  for (const auto& [k, name] : k_ids) {
    if (name == id) return k;
  }
  return std::nullopt;
}

std::string describe(const Normalisation& n) {
  if (n.kind == NormalisationKind::min_max || n.kind == NormalisationKind::goalposts) {
    return fmt::format("{}:{}:{}", normalisation_id(n.kind), n.lower, n.upper);
  }
  return std::string(normalisation_id(n.kind));
}

Result<std::vector<std::optional<double>>> normalise(std::span<const std::optional<double>> values,
                                                     const Normalisation& n, Direction direction) {
  double lowest = 0.0;
  double highest = 0.0;
  double sum = 0.0;
  std::size_t count = 0;
  for (const std::optional<double>& v : values) {
    if (!v) continue;
    lowest = count == 0 ? *v : std::min(lowest, *v);
    highest = count == 0 ? *v : std::max(highest, *v);
    sum += *v;
    ++count;
  }
  if (count == 0) return fail("no region has a value");
  const double sign = direction == Direction::higher_is_better ? 1.0 : -1.0;

  switch (n.kind) {
    case NormalisationKind::percent_of_best: return percent_of_best(values, lowest, highest, direction);
    case NormalisationKind::min_max: {
      const double span = highest - lowest;
      const double middle = (n.lower + n.upper) / 2.0;
      return map_present(values, [&](double x) {
        if (span == 0.0) return middle;
        const double share = direction == Direction::higher_is_better ? (x - lowest) / span
                                                                      : (highest - x) / span;
        return n.lower + share * (n.upper - n.lower);
      });
    }
    case NormalisationKind::z_score: {
      const double mean = sum / static_cast<double>(count);
      double squares = 0.0;
      for (const std::optional<double>& v : values) {
        if (v) squares += (*v - mean) * (*v - mean);
      }
      const double sd = count > 1 ? std::sqrt(squares / static_cast<double>(count - 1)) : 0.0;
      return map_present(values, [&](double x) { return sd == 0.0 ? 0.0 : sign * (x - mean) / sd; });
    }
    case NormalisationKind::rank:
    case NormalisationKind::percentile_rank: {
      Column ranks = average_ranks(values);
      const double top = static_cast<double>(count) + 1.0;
      for (std::optional<double>& r : ranks) {
        if (!r) continue;
        if (direction == Direction::lower_is_better) *r = top - *r;
        if (n.kind == NormalisationKind::percentile_rank) {
          *r = count == 1 ? 50.0 : (*r - 1.0) / static_cast<double>(count - 1) * 100.0;
        }
      }
      return ranks;
    }
    case NormalisationKind::goalposts:
      return map_present(values, [&](double x) {
        const double share = direction == Direction::higher_is_better ? (x - n.lower) / (n.upper - n.lower)
                                                                      : (n.upper - x) / (n.upper - n.lower);
        return std::clamp(share, 0.0, 1.0) * 100.0;
      });
  }
  return fail("unknown normalisation");
}

}  // namespace itzones
