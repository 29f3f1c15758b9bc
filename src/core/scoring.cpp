#include "itzones/scoring.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace itzones {

Weights nominal_weights(const Method& method) {
  Weights w;
  for (const Indicator& ind : method.indicators) w.indicators.push_back(ind.weight);
  for (const Group& g : method.groups) w.groups.push_back(g.weight);
  return w;
}

Result<IndicatorColumns> normalise_all(const Method& method, const IndicatorColumns& raw,
                                       const Normalisation& global, const std::string& period) {
  IndicatorColumns out;
  for (std::size_t k = 0; k < method.indicators.size(); ++k) {
    const Indicator& ind = method.indicators[k];
    auto column = normalise(raw[k], ind.normalisation.value_or(global), ind.direction);
    if (!column) {
      return fail(fmt::format("indicator \"{}\" in {}: {}", ind.id, period, column.error().message));
    }
    out.push_back(std::move(*column));
  }
  return out;
}

std::vector<std::size_t> rank_order(std::span<const double> index, std::span<const std::string> ids) {
  std::vector<std::size_t> order(index.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (index[a] != index[b]) return index[a] > index[b];
    return ids[a] < ids[b];
  });
  return order;
}

IndexBuilder::IndexBuilder(const Method& method, const Hierarchy& hierarchy,
                           std::vector<std::string> region_ids)
    : m_method(method), m_hierarchy(hierarchy), m_region_ids(std::move(region_ids)) {}

Result<double> IndexBuilder::mean_of(std::optional<std::size_t> group, std::size_t region,
                                     Aggregation aggregation) {
  const auto node = [&] {
    return group ? fmt::format("group \"{}\"", m_method.groups[*group].id) : std::string("the index");
  };
  if (m_values.empty()) {
    return fail(fmt::format("{} for region \"{}\": none of its indicators has a value", node(),
                            m_region_ids[region]));
  }
  auto mean = weighted_mean(m_values, m_weights, aggregation);
  if (!mean) {
    return fail(fmt::format("{} for region \"{}\": {}", node(), m_region_ids[region], mean.error().message));
  }
  return *mean;
}

Result<void> IndexBuilder::build(const IndicatorColumns& normalised, const Weights& weights,
                                 std::span<const Aggregation> aggregation, IndexScores& out) {
  const Hierarchy& h = m_hierarchy;
  const std::size_t n = m_region_ids.size();
  out.groups.resize(m_method.groups.size());
  for (std::vector<double>& g : out.groups) g.resize(n);
  out.index.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    for (const std::size_t g : h.order) {
      m_values.clear();
      m_weights.clear();
      const bool of_indicators = h.group_level[g] == 1;
      for (const std::size_t child : h.children[g]) {
        if (!of_indicators) {
          m_values.push_back(out.groups[child][i]);
          m_weights.push_back(weights.groups[child]);
        } else if (const std::optional<double>& v = normalised[child][i]) {
          m_values.push_back(*v);
          m_weights.push_back(weights.indicators[child]);
        }
      }
      auto score = mean_of(g, i, aggregation[h.group_level[g] - 1]);
      if (!score) return fail(score.error());
      out.groups[g][i] = *score;
    }
    m_values.clear();
    m_weights.clear();
    for (const std::size_t g : h.top) {
      m_values.push_back(out.groups[g][i]);
      m_weights.push_back(weights.groups[g]);
    }
    auto index = mean_of(std::nullopt, i, aggregation[h.levels - 1]);
    if (!index) return fail(index.error());
    out.index[i] = *index;
  }
  return {};
}

}  // namespace itzones
