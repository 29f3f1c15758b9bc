// display_digits: enough decimals that a number and the bound printed beside it compare as
// their values do (issue: "40.00, class C++" for 39.997; "3.4% < 3.4%").

#include <catch2/catch.hpp>

#include "itzones/display_digits.hpp"
#include "itzones/method.hpp"

using itzones::display_digits;
using itzones::fixed_notation;
using itzones::score_digits;

TEST_CASE("display_digits at class and zone boundaries") {
  // 39.999 and 40 both print 40.00; at 3 decimals 39.999 < 40.000.
  CHECK(display_digits(39.999, 40.0, 2) == 3);
  // 39.9949 prints 39.99, below 40.00: the default is enough.
  CHECK(display_digits(39.9949, 40.0, 2) == 2);
  // Equal values print equal at any precision: keep the default.
  CHECK(display_digits(40.0, 40.0, 2) == 2);
  // Aktobe 2014 with --it-threshold 0.0341: its share 0.034034 (Table 7's 0.034 over the column
  // sum 0.999) is 3.4034% against 3.41%: 3.4 and 3.4 at 1 decimal, 3.40 < 3.41 at 2.
  CHECK(display_digits(0.034034 * 100, 0.0341 * 100, 1) == 2);
  // The same as fractions from 3 decimals: 0.034 = 0.034, 0.0340 < 0.0341.
  CHECK(display_digits(0.034034, 0.0341, 3) == 4);
  // East Kazakhstan 2014 (index 29.6058) with --rating-threshold 29.606: 29.61 and 29.61, then
  // 29.606 and 29.606 (29.6058 rounds up), then 29.6058 < 29.6060.
  CHECK(display_digits(29.6058, 29.606, 2) == 4);
  CHECK(fixed_notation(29.6058, 4) == "29.6058");
  CHECK(fixed_notation(29.606, 4) == "29.6060");
  // Values that differ in the 15th decimal still get apart, within the cap of 17.
  CHECK(display_digits(40.0 - 1e-13, 40.0, 2) <= 17);
  CHECK(fixed_notation(40.0 - 1e-13, display_digits(40.0 - 1e-13, 40.0, 2)) != fixed_notation(40.0, 17));
}

TEST_CASE("fixed_notation prints -0.00 as 0.00") {
  CHECK(fixed_notation(-0.001, 2) == "0.00");
  CHECK(fixed_notation(-0.006, 2) == "-0.01");
  CHECK(display_digits(-0.001, 0.0, 2) == 3);  // "-0.001" vs "0.000"
}

TEST_CASE("score_digits adds decimals only below a class bound the rounding reaches") {
  const auto classes = itzones::kireyeva2017().classes;  // B from 40, A++ from 90 (Table 1)
  CHECK(score_digits(39.997, classes, 2) == 3);   // C++, would print 40.00 (class B's bound)
  CHECK(score_digits(39.9949, classes, 2) == 2);  // C++, prints 39.99
  CHECK(score_digits(40.0, classes, 2) == 2);     // on the bound: class B, 40.00 is right
  CHECK(score_digits(40.004, classes, 2) == 2);   // class B, 40.00 is right too
  CHECK(score_digits(89.9999, classes, 2) == 4);  // A+: 90.00, 90.000, then 89.9999
  CHECK(score_digits(0.0, classes, 2) == 2);
}
