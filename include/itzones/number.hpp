#pragma once
// The one number parser (design §2): every numeric cell of every input goes through it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "itzones/diagnostic.hpp"

namespace itzones {

// Which tokens mean "no such phenomenon" (read as 0) and which mean "not available" (missing).
// The defaults follow the statistical offices' conventions; an empty cell is always missing.
struct MissingConventions {
  std::vector<std::string> zero_tokens = {"-", "\u2013", "\u2014"};
  std::vector<std::string> missing_tokens = {"\u2026", "...", "x", "X", "NA", "N/A", "n/a"};
};

// A parsed cell: the value (nullopt = missing) and how many decimals were printed (for audits).
struct ParsedNumber {
  std::optional<double> value;
  int decimals = 0;
};

// Parses one cell. Accepts an optional sign, digits grouped in thousands by spaces, no-break
// spaces (U+00A0, U+202F) or thin spaces (U+2009), and `,` or `.` as the decimal mark; rejects
// nan/inf, exponents, units, other groupings (`1 2`), and anything else. Errors carry a
// message without a location (e.g. `expected a number, got "12a"`); the caller adds file,
// line and column.
Result<ParsedNumber> parse_number(std::string_view text,
                                  const MissingConventions& conventions = {});

}  // namespace itzones
