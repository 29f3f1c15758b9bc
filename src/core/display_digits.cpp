#include "itzones/display_digits.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace itzones {

std::string fixed_notation(double value, int decimals) {
  std::string text = fmt::format("{:.{}f}", value, decimals);
  if (text.starts_with('-') && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
  return text;
}

int display_digits(double value, double bound, int decimals) {
  constexpr int k_max = 17;
  if (value == bound) return decimals;
  int d = decimals;
  while (d < k_max && fixed_notation(value, d) == fixed_notation(bound, d)) ++d;
  return d;
}

int score_digits(double score, const std::vector<ClassBand>& classes, int decimals) {
  int d = decimals;
  // Rounding is monotonic, so only a bound above the score can be reached by printing it.
  for (const ClassBand& band : classes) {
    if (band.lower > score) d = std::max(d, display_digits(score, band.lower, decimals));
  }
  return d;
}

}  // namespace itzones
