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

template <class Value>
Result<void> IndexBuilder::add(std::optional<std::size_t> group, std::span<const Value> values, double w,
                               Aggregation aggregation) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::optional<double> x = values[i];
    if (x && !accumulate(aggregation, *x, w, m_sums[i], m_weight_sums[i])) return fail(node_error(group, i, refused(aggregation, *x)));
  }
  return {};
}

Result<void> IndexBuilder::finish_into(std::optional<std::size_t> group, Aggregation aggregation,
                                       std::vector<double>& out) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (m_weight_sums[i] == 0.0) return fail(node_error(group, i, "none of its indicators has a value"));
    out[i] = finish(aggregation, m_sums[i], m_weight_sums[i]);
  }
  return {};
}

Diagnostic IndexBuilder::node_error(std::optional<std::size_t> group, std::size_t region, const std::string& message) const {
  const std::string node = group ? fmt::format("group \"{}\"", m_method.groups[*group].id) : std::string("the index");
  return Diagnostic{{}, 0, {}, fmt::format("{} for region \"{}\": {}", node, m_region_ids[region], message)};
}

Result<void> IndexBuilder::build(const IndicatorColumns& normalised, const Weights& weights,
                                 std::span<const Aggregation> aggregation, IndexScores& out) {
  const Hierarchy& h = m_hierarchy;
  const std::size_t n = m_region_ids.size();
  out.groups.resize(m_method.groups.size());
  for (std::vector<double>& g : out.groups) g.resize(n);
  out.index.resize(n);
  // Node by node, children in order, so each region's sums add up exactly as weighted_mean's.
  for (const std::size_t g : h.order) {
    const Aggregation a = aggregation[h.group_level[g] - 1];
    m_sums.assign(n, 0.0);
    m_weight_sums.assign(n, 0.0);
    for (const std::size_t child : h.children[g]) {
      auto ok = h.group_level[g] == 1
                    ? add(g, std::span<const std::optional<double>>(normalised[child]), weights.indicators[child], a)
                    : add(g, std::span<const double>(out.groups[child]), weights.groups[child], a);
      if (!ok) return ok;
    }
    if (auto ok = finish_into(g, a, out.groups[g]); !ok) return ok;
  }
  const Aggregation top = aggregation[h.levels - 1];
  m_sums.assign(n, 0.0);
  m_weight_sums.assign(n, 0.0);
  for (const std::size_t g : h.top) {
    if (auto ok = add(std::nullopt, std::span<const double>(out.groups[g]), weights.groups[g], top); !ok) return ok;
  }
  return finish_into(std::nullopt, top, out.index);
}

Result<NominalBuild> build_nominal(const RegionTable& table, const Method& method, const std::string& period,
                                   const PublishedOverride& use_published, MissingTreatment treatment) {
  auto tree = hierarchy(method);
  if (!tree) return fail(tree.error());
  auto raw = indicator_values(table, method, period, use_published, treatment);
  if (!raw) return fail(raw.error());
  auto normalised = normalise_all(method, raw->columns, method.normalisation, period);
  if (!normalised) return fail(normalised.error());
  NominalBuild b{std::move(*tree), {}, std::move(*raw), std::move(*normalised), {}};
  for (const Region& r : table.regions) b.ids.push_back(r.id);
  IndexBuilder builder(method, b.tree, b.ids);
  if (auto ok = builder.build(b.normalised, nominal_weights(method), b.tree.aggregation, b.scores); !ok) {
    return fail(fmt::format("{}: {}", period, ok.error().message));
  }
  return b;
}

}  // namespace itzones
