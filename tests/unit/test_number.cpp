// parse_number: the one parser every numeric cell goes through (design §2).

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "itzones/number.hpp"

namespace {

using itzones::MissingConventions;
using itzones::parse_number;

// The value of a cell that must parse to a number.
double value_of(std::string_view text) {
  const auto parsed = parse_number(text);
  INFO("cell: \"" << text << "\"");
  REQUIRE(parsed.has_value());
  REQUIRE(parsed->value.has_value());
  return *parsed->value;
}

int decimals_of(std::string_view text) {
  const auto parsed = parse_number(text);
  REQUIRE(parsed.has_value());
  return parsed->decimals;
}

bool is_missing(std::string_view text) {
  const auto parsed = parse_number(text);
  REQUIRE(parsed.has_value());
  return !parsed->value.has_value();
}

// The message of a cell that must be rejected.
std::string error_of(std::string_view text) {
  const auto parsed = parse_number(text);
  INFO("cell: \"" << text << "\"");
  REQUIRE_FALSE(parsed.has_value());
  return parsed.error().message;
}

}  // namespace

TEST_CASE("number::parse_number reads the paper's notations") {
  // Table 2 prints "1 417,77" (space-grouped thousands, comma decimal mark); the CSVs "1417.77".
  // Both must give the same double as the literal, i.e. the parse is correctly rounded.
  CHECK(value_of("1 417,77") == 1417.77);
  CHECK(value_of("1417.77") == 1417.77);
  CHECK(value_of("1417,77") == 1417.77);
  CHECK(value_of("834 269,0") == 834269.0);
  CHECK(value_of("1 048 779,0") == 1048779.0);
  CHECK(value_of("413300") == 413300.0);
  CHECK(value_of("0,70") == 0.70);
  CHECK(value_of("  12,5 ") == 12.5);  // surrounding spaces are not part of the number
  CHECK(value_of("\t7\t") == 7.0);
}

TEST_CASE("number::parse_number accepts no-break and thin spaces as group separators") {
  CHECK(value_of("1\u00a0417,77") == 1417.77);    // U+00A0 NO-BREAK SPACE
  CHECK(value_of("1\u2009417,77") == 1417.77);    // U+2009 THIN SPACE
  CHECK(value_of("1\u202f417,77") == 1417.77);    // U+202F NARROW NO-BREAK SPACE
  CHECK(value_of("1\u202f048\u00a0779") == 1048779.0);  // mixed separators
}

TEST_CASE("number::parse_number counts printed decimals") {
  CHECK(decimals_of("1 417,77") == 2);
  CHECK(decimals_of("834 269,0") == 1);
  CHECK(decimals_of("192568.00") == 2);
  CHECK(decimals_of("413300") == 0);
  CHECK(decimals_of("0.000123") == 6);
  CHECK(decimals_of("-") == 0);
}

TEST_CASE("number::parse_number reads signs") {
  CHECK(value_of("-12,5") == -12.5);
  CHECK(decimals_of("-12,5") == 1);
  CHECK(value_of("-1 417,77") == -1417.77);
  CHECK(value_of("+3") == 3.0);
  // Negative zero is normalised, so nothing downstream can print "-0.00".
  const double zero = value_of("-0,00");
  CHECK(zero == 0.0);
  CHECK_FALSE(std::signbit(zero));
}

TEST_CASE("number::parse_number applies the statistical conventions") {
  // "-" means "no such phenomenon": zero, not missing.
  CHECK(value_of("-") == 0.0);
  CHECK(value_of("\u2013") == 0.0);  // en dash
  CHECK(value_of("\u2014") == 0.0);  // em dash
  // "not available": missing, never 0 or NaN.
  CHECK(is_missing("\u2026"));  // horizontal ellipsis
  CHECK(is_missing("..."));
  CHECK(is_missing("x"));
  CHECK(is_missing("X"));
  CHECK(is_missing("NA"));
  CHECK(is_missing(""));
  CHECK(is_missing("   "));
}

TEST_CASE("number::parse_number conventions are overridable") {
  MissingConventions conventions;
  conventions.zero_tokens = {};
  conventions.missing_tokens = {"-"};
  const auto dash = parse_number("-", conventions);
  REQUIRE(dash.has_value());
  CHECK_FALSE(dash->value.has_value());
  // Without "NA" among the missing tokens it is just text.
  const auto na = parse_number("NA", conventions);
  REQUIRE_FALSE(na.has_value());
  CHECK(na.error().message == "expected a number, got \"NA\"");
  // An empty cell stays missing whatever the conventions say.
  const auto empty = parse_number("", conventions);
  REQUIRE(empty.has_value());
  CHECK_FALSE(empty->value.has_value());
}

TEST_CASE("number::parse_number rejects what is not a plain number") {
  CHECK(error_of("12a") == "expected a number, got \"12a\"");
  CHECK(error_of("nan") == "expected a number, got \"nan\"");
  CHECK(error_of("NaN") == "expected a number, got \"NaN\"");
  CHECK(error_of("inf") == "expected a number, got \"inf\"");
  CHECK(error_of("-inf") == "expected a number, got \"-inf\"");
  CHECK(error_of("1e5") == "expected a number, got \"1e5\"");
  CHECK(error_of("1,234.5") == "expected a number, got \"1,234.5\"");
  CHECK(error_of("1.234,5") == "expected a number, got \"1.234,5\"");
  CHECK(error_of("1.") == "expected a number, got \"1.\"");
  CHECK(error_of(",5") == "expected a number, got \",5\"");
  CHECK(error_of("--5") == "expected a number, got \"--5\"");
  CHECK(error_of("5-") == "expected a number, got \"5-\"");
  CHECK(error_of("12 %") == "expected a number, got \"12 %\"");
  CHECK(error_of("0x10") == "expected a number, got \"0x10\"");
  // The message shows the cell trimmed of surrounding spaces.
  CHECK(error_of(" 12a ") == "expected a number, got \"12a\"");
}

TEST_CASE("number::parse_number accepts group separators only between groups of three digits") {
  // A space inside a number must separate thousands; anything else is two numbers in one cell
  // or a stray separator, and silently joining the digits would invent a value.
  CHECK(error_of("1 2") == "expected a number, got \"1 2\"");
  CHECK(error_of("12 5") == "expected a number, got \"12 5\"");
  CHECK(error_of("1 4177") == "expected a number, got \"1 4177\"");
  CHECK(error_of("1417 770") == "expected a number, got \"1417 770\"");
  CHECK(error_of("1 417 ,77") == "expected a number, got \"1 417 ,77\"");
  CHECK(error_of("1,77 0") == "expected a number, got \"1,77 0\"");
  // Trailing and leading separators other than a plain space (which is trimmed).
  CHECK(error_of("1\u00a0") == "expected a number, got \"1\u00a0\"");
  CHECK(error_of("1 000\u202f") == "expected a number, got \"1 000\u202f\"");
  CHECK(error_of("\u2009" "1") == "expected a number, got \"\u2009" "1\"");
  CHECK(error_of("- 5") == "expected a number, got \"- 5\"");
  // A plain space at either end is trimmed, so these are fine.
  CHECK(value_of("1 000 ") == 1000.0);
  CHECK(value_of(" 1 000") == 1000.0);
  CHECK(value_of("12 345 678,9") == 12345678.9);
}

TEST_CASE("number::parse_number reports numbers out of the double range") {
  // 10^400 exceeds the largest double (about 1.8 * 10^308).
  const std::string huge = "1" + std::string(400, '0');
  CHECK(error_of(huge) == "number out of range: \"" + huge + "\"");
  const std::string negative = "-" + huge;
  CHECK(error_of(negative) == "number out of range: \"" + negative + "\"");
}
