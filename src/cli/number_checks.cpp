#include "number_checks.hpp"

#include <charconv>
#include <string>

#include <fmt/format.h>

namespace itzones::cli {
namespace {

// from_chars, unlike strtod, ignores the locale, so "0.5" means the same under every LC_NUMERIC.
CLI::Validator bounded(double bound, bool inclusive) {
  const std::string relation = inclusive ? ">=" : ">";
  return CLI::Validator([bound, inclusive, relation](const std::string& text) -> std::string {
            double value = 0;
            const char* end = text.data() + text.size();
            const auto [ptr, ec] = std::from_chars(text.data(), end, value);
            if (ec != std::errc() || ptr != end) return fmt::format("expected a number, got \"{}\"", text);
            const bool ok = inclusive ? value >= bound : value > bound;
            return ok ? std::string() : fmt::format("must be {} {}, got {}", relation, bound, text);
          },
          fmt::format("NUMBER {} {}", relation, bound));
}

}  // namespace

CLI::Validator at_least(double bound) { return bounded(bound, true); }

CLI::Validator greater_than(double bound) { return bounded(bound, false); }

}  // namespace itzones::cli
