#include "itzones/plain_number.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace itzones {
namespace {

constexpr int k_max_digits = 15;  // 10^15 < 2^53: every such integer is an exact double

constexpr std::array<double, k_max_digits + 1> k_powers_of_ten = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

}  // namespace

std::optional<ParsedNumber> parse_plain_number(std::string_view text, DecimalMark mark) {
  std::size_t i = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) ++i;
  std::uint64_t mantissa = 0;
  int digits = 0;
  int decimals = 0;
  bool integer_digits = false;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++digits) {
    mantissa = mantissa * 10 + static_cast<std::uint64_t>(text[i] - '0');
    integer_digits = true;
  }
  if (!integer_digits) return std::nullopt;
  const bool point = i < text.size() && text[i] == '.';
  if (point) {
    for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++digits, ++decimals) {
      mantissa = mantissa * 10 + static_cast<std::uint64_t>(text[i] - '0');
    }
    if (decimals == 0) return std::nullopt;
  }
  if (i != text.size() || digits > k_max_digits) return std::nullopt;
  if (point && (mark == DecimalMark::comma || (mark == DecimalMark::either && decimals == 3))) {
    return std::nullopt;
  }
  const double value =
      static_cast<double>(mantissa) / k_powers_of_ten[static_cast<std::size_t>(decimals)];
  return ParsedNumber{negative && value != 0.0 ? -value : value, decimals, point ? '.' : '\0',
                      false};
}

bool plain_tokens_free(const MissingConventions& conventions) {
  const auto plain = [](const std::string& token) {
    return parse_plain_number(token, DecimalMark::point).has_value();
  };
  return std::none_of(conventions.zero_tokens.begin(), conventions.zero_tokens.end(), plain) &&
         std::none_of(conventions.missing_tokens.begin(), conventions.missing_tokens.end(), plain);
}

}  // namespace itzones
