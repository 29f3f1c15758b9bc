// libFuzzer target: the streaming panel loader (specialize --stream) on any bytes, read in one
// part and in three parts at once, which must give one result: the same panel or the same error.
// The first byte picks the separator policy and the duplicate and missing-value policies.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "panel_csv.hpp"

namespace {

bool same_rows(const itzones::PanelPeriod& a, const itzones::PanelPeriod& b) {
  if (a.rows.size() != b.rows.size()) return false;
  for (std::size_t r = 0; r < a.rows.size(); ++r) {
    const itzones::PanelRow& x = a.rows[r];
    const itzones::PanelRow& y = b.rows[r];
    if (x.region != y.region || x.columns != y.columns || x.values != y.values) return false;
  }
  return true;
}

bool same_panel(const itzones::Panel& a, const itzones::Panel& b) {
  if (a.regions != b.regions || a.industries != b.industries || a.notes != b.notes ||
      a.periods.size() != b.periods.size()) {
    return false;
  }
  for (std::size_t p = 0; p < a.periods.size(); ++p) {
    const itzones::PanelPeriod& x = a.periods[p];
    const itzones::PanelPeriod& y = b.periods[p];
    if (x.period != y.period || x.industries != y.industries || x.missing != y.missing ||
        !same_rows(x, y)) {
      return false;
    }
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  constexpr std::array<char, 4> k_separators = {0, ',', ';', '\t'};
  constexpr std::array<itzones::MissingPolicy, 4> k_missing = {
      itzones::MissingPolicy::error, itzones::MissingPolicy::zero,
      itzones::MissingPolicy::drop_region, itzones::MissingPolicy::drop_industry};
  itzones::io::PanelCsvOptions options;
  options.table.dialect.separator = k_separators[data[0] % k_separators.size()];
  options.missing = k_missing[(data[0] >> 2) % k_missing.size()];
  if ((data[0] & 0x10) != 0) options.duplicates = itzones::DuplicatePolicy::sum;
  options.period = "2014";
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  options.threads = 1;
  const auto one = itzones::io::parse_panel_csv(text, "panel.csv", options);
  options.threads = 3;
  const auto three = itzones::io::parse_panel_csv(text, "panel.csv", options);
  const bool agree = one.has_value() ? three.has_value() && same_panel(*one, *three)
                                     : !three.has_value() && itzones::to_string(one.error()) ==
                                                                 itzones::to_string(three.error());
  if (!agree) std::abort();
  return 0;
}
