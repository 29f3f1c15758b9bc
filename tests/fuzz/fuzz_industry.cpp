// libFuzzer target: the region x industry loader (long, wide and target-only layouts) on any
// bytes. The first byte picks the separator policy and whether a target column is named.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "industry_csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  constexpr std::array<char, 4> k_separators = {0, ',', ';', '\t'};
  itzones::io::IndustryCsvOptions options;
  options.table.dialect.separator = k_separators[data[0] % k_separators.size()];
  if ((data[0] & 0x10) != 0) options.column = "it_output";
  options.period = "2014";
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  (void)itzones::io::parse_industry_csv(text, "industry.csv", options);
  return 0;
}
