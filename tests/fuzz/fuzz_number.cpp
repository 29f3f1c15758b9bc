// libFuzzer target: parse_number must accept or reject any bytes without crashing, and
// whatever it accepts must be a finite value with a sane count of decimals.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "itzones/number.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = itzones::parse_number(text);
  if (parsed && parsed->value && (!std::isfinite(*parsed->value) || parsed->decimals < 0)) std::abort();
  return 0;
}
