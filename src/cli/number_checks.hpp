#pragma once
// Lower bounds for numeric options, with messages that state the bound in words
// (CLI11's PositiveNumber and NonNegativeNumber print DBL_MAX as the upper end of a range).

#include <CLI/CLI.hpp>

namespace itzones::cli {

// Accepts a number >= `bound`.
CLI::Validator at_least(double bound);

// Accepts a number > `bound`.
CLI::Validator greater_than(double bound);

}  // namespace itzones::cli
