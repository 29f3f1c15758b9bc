#pragma once
// A fast path for the commonest numeric cell, for loaders of very large files (issue #7).

#include <optional>
#include <string_view>

#include "itzones/number.hpp"

namespace itzones {

// For `text` of the form `[-]digits[.digits]` with at most 15 digits in all, what parse_number()
// returns for it under `mark` and conventions without such a token (see plain_tokens_free);
// nullopt for any other text, and for texts whose reading depends on the decimal mark (with a
// `.`: under DecimalMark::comma, and under DecimalMark::either with exactly three decimals, which
// may group thousands), which must then go through parse_number(). Why the values are equal: the
// digits form an integer m < 2^53 and the decimals d <= 15, so m and 10^d are exact doubles and
// one IEEE division rounds m / 10^d correctly, as std::from_chars does (and -0 becomes 0).
std::optional<ParsedNumber> parse_plain_number(std::string_view text, DecimalMark mark);

// True when no zero or missing token of `conventions` has the form parse_plain_number()
// accepts, so that the fast path cannot bypass a token.
bool plain_tokens_free(const MissingConventions& conventions);

}  // namespace itzones
