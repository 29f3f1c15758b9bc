// libFuzzer target: parse_number must accept or reject any bytes without crashing, and
// whatever it accepts must be a finite value with a sane count of decimals. The fast path of
// large files, parse_plain_number, must give exactly what parse_number gives wherever it
// answers, under every decimal mark.

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "itzones/number.hpp"
#include "itzones/plain_number.hpp"

namespace {

bool same(const itzones::ParsedNumber& a, const itzones::ParsedNumber& b) {
  return a.value == b.value && a.decimals == b.decimals && a.mark == b.mark &&
         a.ambiguous == b.ambiguous;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = itzones::parse_number(text);
  if (parsed && parsed->value && (!std::isfinite(*parsed->value) || parsed->decimals < 0)) std::abort();
  constexpr std::array<itzones::DecimalMark, 3> k_marks = {
      itzones::DecimalMark::either, itzones::DecimalMark::comma, itzones::DecimalMark::point};
  for (const itzones::DecimalMark mark : k_marks) {
    const auto plain = itzones::parse_plain_number(text, mark);
    if (!plain) continue;
    const auto full = itzones::parse_number(text, {}, mark);
    if (!full || !same(*plain, *full) || std::signbit(plain->value.value_or(0.0)) !=
                                              std::signbit(full->value.value_or(0.0))) {
      std::abort();
    }
  }
  return 0;
}
