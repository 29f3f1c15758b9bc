#pragma once
// Command-line overrides of a study's zone rule (--rating-threshold, --it-measure, --it-threshold).

#include <optional>
#include <string>

namespace itzones::cli {

// Unset members keep the study's value.
struct ZoneOverrides {
  std::optional<double> rating_threshold;
  std::string measure;
  std::optional<double> threshold;
};

}  // namespace itzones::cli
