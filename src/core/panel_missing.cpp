#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "itzones/panel.hpp"

namespace itzones {
namespace {

// Leaves out the rows with a missing cell; returns their region ids.
std::vector<std::string> drop_regions(const Panel& panel, PanelPeriod& p) {
  std::vector<char> drop(p.rows.size(), 0);
  for (const auto& [row, column] : p.missing) drop[row] = 1;
  std::vector<std::string> dropped;
  std::vector<PanelRow> kept;
  for (std::size_t r = 0; r < p.rows.size(); ++r) {
    if (drop[r])
      dropped.push_back(panel.regions[p.rows[r].region]);
    else
      kept.push_back(std::move(p.rows[r]));
  }
  p.rows = std::move(kept);
  return dropped;
}

// Leaves out the columns with a missing cell; returns their industries.
std::vector<std::string> drop_industries(const Panel& panel, PanelPeriod& p) {
  std::vector<char> drop(p.industries.size(), 0);
  for (const auto& [row, column] : p.missing) drop[column] = 1;
  std::vector<std::string> dropped;
  std::vector<std::uint32_t> renumbered(p.industries.size(), 0);
  std::vector<std::uint32_t> kept;
  for (std::size_t k = 0; k < p.industries.size(); ++k) {
    renumbered[k] = static_cast<std::uint32_t>(kept.size());
    if (drop[k])
      dropped.push_back(panel.industries[p.industries[k]]);
    else
      kept.push_back(p.industries[k]);
  }
  p.industries = std::move(kept);
  for (PanelRow& row : p.rows) {
    std::size_t out = 0;
    for (std::size_t i = 0; i < row.columns.size(); ++i) {
      if (drop[row.columns[i]]) continue;
      row.columns[out] = renumbered[row.columns[i]];
      row.values[out++] = row.values[i];
    }
    row.columns.resize(out);
    row.values.resize(out);
  }
  return dropped;
}

}  // namespace

Result<void> apply_missing_policy(Panel& panel, MissingPolicy policy) {
  for (PanelPeriod& p : panel.periods) {
    if (p.missing.empty()) continue;
    const std::string where = in_period(p.period);
    if (policy == MissingPolicy::error) {
      const auto [row, column] = p.missing.front();
      return fail(fmt::format(
          "missing value for region \"{}\", industry \"{}\"{}; choose a missing-value "
          "policy: zero, drop-region or drop-industry",
          panel.regions[p.rows[row].region], panel.industries[p.industries[column]], where));
    }
    if (policy == MissingPolicy::zero) {
      std::vector<std::string> cells;
      for (const auto& [row, column] : p.missing) {
        cells.push_back(panel.regions[p.rows[row].region] + "/" +
                        panel.industries[p.industries[column]]);
      }
      panel.notes.push_back(
          fmt::format("{}{} read as 0 (missing-value policy \"zero\"): {}",
                      counted(cells.size(), "missing cell", "missing cells"), where, name_list(cells)));
    } else if (policy == MissingPolicy::drop_region) {
      const std::vector<std::string> dropped = drop_regions(panel, p);
      panel.notes.push_back(
          fmt::format("{} with missing cells{} left out (policy \"drop-region\"): {}",
                      counted(dropped.size(), "region", "regions"), where, name_list(dropped)));
    } else {
      const std::vector<std::string> dropped = drop_industries(panel, p);
      panel.notes.push_back(
          fmt::format("{} with missing cells{} left out (policy \"drop-industry\"): {}",
                      counted(dropped.size(), "industry", "industries"), where, name_list(dropped)));
    }
    p.missing.clear();
    if (p.rows.empty() || p.industries.empty()) {
      return fail(fmt::format("no {} left{} after the missing-value policy \"{}\"",
                              p.rows.empty() ? "region" : "industry", where, policy_name(policy)));
    }
  }
  return {};
}

IndustryMatrix to_matrix(const Panel& panel, std::size_t period) {
  const PanelPeriod& p = panel.periods[period];
  IndustryMatrix m{p.period, Coverage::economy, {}, {}, {}, panel.notes};
  for (const std::uint32_t k : p.industries) m.industries.push_back(panel.industries[k]);
  for (const PanelRow& row : p.rows) {
    const std::string& id = panel.regions[row.region];
    m.regions.push_back(Region{id, id, {}});
    std::vector<double>& values = m.values.emplace_back(p.industries.size(), 0.0);
    for (std::size_t i = 0; i < row.columns.size(); ++i) values[row.columns[i]] = row.values[i];
  }
  return m;
}

}  // namespace itzones
