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

// Which character is the decimal mark; under `comma` or `point` the other one may group
// thousands like a space.
enum class DecimalMark {
  either,  // `,` or `.`; neither groups thousands (NumberCells settles "1,234" per file)
  comma,   // 1.234.567,5
  point,   // 1,234,567.5
};

// A parsed cell: the value (nullopt = missing) and how many decimals were printed (for audits).
struct ParsedNumber {
  std::optional<double> value;
  int decimals = 0;
  char mark = 0;           // the decimal mark the cell printed (',' or '.'), 0 when none
  bool ambiguous = false;  // under DecimalMark::either, the mark may as well group thousands:
                           // 1-3 digits (not 0), the mark, then exactly 3 digits ("1,234")
};

// Parses one cell. Accepts an optional sign, digits grouped in thousands by spaces, no-break
// spaces (U+00A0, U+202F) or thin spaces (U+2009), and `,` or `.` as the decimal mark; rejects
// nan/inf, exponents, units, other groupings (`1 2`), and anything else. `mark` says which
// decimal mark to accept (see DecimalMark). Errors carry a message without a location
// (e.g. `expected a number, got "12a"`); the caller adds file, line and column.
Result<ParsedNumber> parse_number(std::string_view text,
                                  const MissingConventions& conventions = {},
                                  DecimalMark mark = DecimalMark::either);

}  // namespace itzones
