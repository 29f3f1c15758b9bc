#include "itzones/number.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace itzones {
namespace {

constexpr std::string_view k_group_separators[] = {" ", "\u00a0", "\u202f", "\u2009"};

std::string_view trim(std::string_view s) {
  const auto not_space = [](char c) { return c != ' ' && c != '\t'; };
  const auto first = std::find_if(s.begin(), s.end(), not_space);
  const auto last = std::find_if(s.rbegin(), s.rend(), not_space).base();
  return first < last ? std::string_view(first, last) : std::string_view();
}

bool is_token(std::string_view text, const std::vector<std::string>& tokens) {
  return std::find(tokens.begin(), tokens.end(), text) != tokens.end();
}

std::string expected_number(std::string_view text) {
  return fmt::format("expected a number, got \"{}\"", text);
}

}  // namespace

Result<ParsedNumber> parse_number(std::string_view raw, const MissingConventions& conventions,
                                  DecimalMark mark) {
  const std::string_view text = trim(raw);
  if (text.empty() || is_token(text, conventions.missing_tokens)) return ParsedNumber{};
  if (is_token(text, conventions.zero_tokens)) return ParsedNumber{0.0, 0};

  // Normalise to [-]digits[.digits], dropping group separators.
  std::string plain;
  plain.reserve(text.size());
  int decimals = 0;
  bool seen_mark = false;
  bool seen_digit = false;
  // Separators group the integer part in thousands: 1-3 digits, then groups of exactly 3.
  bool grouped = false;
  int group_digits = 0;
  const auto group_complete = [&] { return !grouped || group_digits == 3; };
  const auto is_mark = [&](char c) {
    return mark == DecimalMark::either ? c == ',' || c == '.' : c == (mark == DecimalMark::comma ? ',' : '.');
  };
  const char group_mark = mark == DecimalMark::comma ? '.' : mark == DecimalMark::point ? ',' : '\0';
  char seen_mark_char = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      plain += c;
      seen_digit = true;
      ++(seen_mark ? decimals : group_digits);
      ++i;
      continue;
    }
    if ((c == '-' || c == '+') && i == 0) {
      if (c == '-') plain += c;
      ++i;
      continue;
    }
    if (is_mark(c) && !seen_mark && seen_digit && group_complete()) {
      plain += '.';
      seen_mark = true;
      seen_mark_char = c;
      ++i;
      continue;
    }
    const auto separator = std::find_if(
        std::begin(k_group_separators), std::end(k_group_separators),
        [&](std::string_view sep) { return text.substr(i).starts_with(sep); });
    const std::size_t separator_size =
        c == group_mark && c != '\0' ? 1 : separator != std::end(k_group_separators) ? separator->size() : 0;
    // A group separator may only stand between digit groups of the integer part.
    if (separator_size > 0 && seen_digit && !seen_mark && group_digits <= 3 && group_complete()) {
      grouped = true;
      group_digits = 0;
      i += separator_size;
      continue;
    }
    return fail(expected_number(text));
  }
  if (!seen_digit || plain.back() == '.' || (!seen_mark && !group_complete())) {
    return fail(expected_number(text));
  }

  double value = 0.0;
  const auto [end, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
  if (ec == std::errc::result_out_of_range || (ec == std::errc() && !std::isfinite(value))) {
    return fail(fmt::format("number out of range: \"{}\"", text));
  }
  if (ec != std::errc() || end != plain.data() + plain.size()) {
    return fail(expected_number(text));
  }
  if (value == 0.0) value = 0.0;  // no negative zero
  const bool ambiguous = mark == DecimalMark::either && !grouped && decimals == 3 &&
                         group_digits <= 3 && std::abs(value) >= 1.0;
  return ParsedNumber{value, decimals, seen_mark_char, ambiguous};
}

}  // namespace itzones
