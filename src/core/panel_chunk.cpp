#include <algorithm>

#include "itzones/panel.hpp"

namespace itzones {

std::optional<DuplicatePolicy> parse_duplicate_policy(std::string_view name) {
  if (name == "error") return DuplicatePolicy::error;
  if (name == "sum") return DuplicatePolicy::sum;
  return std::nullopt;
}

void PanelChunk::add(std::string_view region, std::string_view industry, std::string_view period,
                     std::optional<double> value) {
  Row& r = row(m_periods.intern(period), m_regions.intern(region));
  const std::uint32_t k = m_industries.intern(industry);
  if (!value) m_missing.emplace_back(m_current, k);
  r.industries.push_back(k);
  r.values.push_back(value.value_or(0.0));
  ++m_cells;
}

PanelChunk::Row& PanelChunk::row(std::uint32_t period, std::uint32_t region) {
  if (period >= m_last_row_of_period.size()) m_last_row_of_period.resize(period + 1, k_no_row);
  const std::uint32_t last = m_last_row_of_period[period];
  if (last != k_no_row && m_rows[last].region == region) return m_rows[m_current = last];
  const std::uint64_t key = std::uint64_t{period} << 32 | region;
  const auto [it, added] = m_row_index.emplace(key, static_cast<std::uint32_t>(m_rows.size()));
  if (added) {
    // Reserve what the rows so far suggest, so a row rarely grows by doubling (which would
    // leave up to half of it unused); an outlier row counts only up to twice the mean.
    std::size_t hint = 0;
    if (!m_rows.empty()) {
      m_row_hint = std::max(m_row_hint, m_rows.back().values.size());
      hint = std::min(m_row_hint, 2 * m_cells / m_rows.size()) + 8;
    }
    Row& r = m_rows.emplace_back(Row{period, region, {}, {}});
    r.industries.reserve(hint);
    r.values.reserve(hint);
  }
  m_current = m_last_row_of_period[period] = it->second;
  return m_rows[m_current];
}

}  // namespace itzones
