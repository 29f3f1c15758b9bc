#pragma once
// How many decimals a number needs so that rounding does not contradict a comparison printed
// beside it: "class C++ (40.00)" for 39.997, or "3.4% < 3.4%".

#include <string>
#include <vector>

#include "itzones/method.hpp"

namespace itzones {

// `value` with `decimals` decimals in fixed notation (fmt, not the C locale), "-0.00" printed
// as "0.00": how every report prints numbers.
std::string fixed_notation(double value, int decimals);

// The fewest decimals, at least `decimals`, at which `value` and `bound` print differently in
// fixed_notation(); `decimals` when they are equal (or print differently at
// `decimals` already). At most 17: beyond that, doubles that differ print differently.
int display_digits(double value, double bound, int decimals);

// Decimals to print a score beside its letter class: `decimals`, or more when the score lies
// below a class's lower bound and would print as reaching it (39.997 as 40.00, class C++).
int score_digits(double score, const std::vector<ClassBand>& classes, int decimals);

}  // namespace itzones
