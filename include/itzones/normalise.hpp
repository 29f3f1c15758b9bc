#pragma once
// Normalisation: one indicator's raw values over the regions of a period, onto a common scale.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "itzones/diagnostic.hpp"

namespace itzones {

// Which way an indicator points.
enum class Direction { higher_is_better, lower_is_better };

enum class NormalisationKind {
  percent_of_best,  // higher: x / max * 100; lower: min / x * 100 (the paper's, a ratio scale)
  min_max,          // onto [lower, upper]: the worst region gets lower, the best upper
  z_score,          // (x - mean) / sd, sd with n - 1; sign flipped when lower is better
  rank,             // 1 for the worst .. n for the best; ties get their average rank
  percentile_rank,  // (rank - 1) / (n - 1) * 100
  goalposts,        // (x - lower) / (upper - lower) * 100 truncated to [0, 100]; mirrored when lower is better
};

// A normalisation with its parameters: `lower`/`upper` are the target range of min_max and the
// two goalposts (raw values, lower < upper) of goalposts; other kinds ignore them.
struct Normalisation {
  NormalisationKind kind = NormalisationKind::percent_of_best;
  double lower = 0.0;
  double upper = 100.0;

  bool operator==(const Normalisation&) const = default;
};

// The id used in method files and on the command line ("percent_of_best", "min_max", ...).
std::string_view normalisation_id(NormalisationKind kind);

// The kind with this id, or nullopt.
std::optional<NormalisationKind> normalisation_kind(std::string_view id);

// `n` as the command line writes it: the id, then any bounds after colons, e.g.
// "min_max:0:100", "goalposts:1:5", "percent_of_best".
std::string describe(const Normalisation& n);

// Normalises one indicator: `values[i]` is region i's raw value, nullopt = no value (stays
// nullopt). Degenerate columns are defined, not errors: min_max with all values equal gives the
// middle of the range, z_score with sd 0 (or one value) gives 0, percentile_rank of one value 50.
// Errors (messages name no indicator; the caller adds it): no value at all; percent_of_best with
// a negative value, with a best value of 0 (higher is better), or with a value of 0 when lower is
// better (best / x cannot be formed).
Result<std::vector<std::optional<double>>> normalise(std::span<const std::optional<double>> values,
                                                     const Normalisation& n, Direction direction);

}  // namespace itzones
