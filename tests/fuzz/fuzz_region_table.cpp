// libFuzzer target: the indicator-table loader (CSV splitting, header handling, number cells)
// on any bytes. The first byte picks the separator policy (detected, ',', ';', tab).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "itzones/evaluation.hpp"
#include "itzones/method.hpp"
#include "region_table_csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const std::set<std::string> columns = itzones::input_columns(itzones::kireyeva2017());
  constexpr std::array<char, 4> k_separators = {0, ',', ';', '\t'};
  itzones::io::TableOptions options;
  options.dialect.separator = k_separators[data[0] % k_separators.size()];
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  (void)itzones::io::parse_region_table(text, "table.csv", columns, options);
  return 0;
}
