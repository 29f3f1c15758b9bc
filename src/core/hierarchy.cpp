#include "itzones/hierarchy.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace itzones {
namespace {

Diagnostic at(const std::string& path, std::string message) {
  return Diagnostic{{}, 0, {}, fmt::format("at {}: {}", path, std::move(message))};
}

// The position of every id of `items`; ids must be non-empty and unique.
template <class Item>
Result<std::map<std::string, std::size_t>> index_ids(const std::vector<Item>& items,
                                                     const char* array, const char* what) {
  std::map<std::string, std::size_t> ids;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string path = fmt::format("/{}/{}/id", array, i);
    if (items[i].id.empty()) return fail(at(path, "expected a non-empty id"));
    if (!ids.emplace(items[i].id, i).second) {
      return fail(at(path, fmt::format("duplicate {} id \"{}\"", what, items[i].id)));
    }
  }
  return ids;
}

Result<void> check_weight(double weight, const std::string& path) {
  if (!std::isfinite(weight) || weight <= 0.0) {
    return fail(at(path + "/weight", fmt::format("expected a positive weight, got {}", weight)));
  }
  return {};
}

Result<void> check_normalisation(const Normalisation& n, const std::string& path) {
  const bool bounded = n.kind == NormalisationKind::min_max || n.kind == NormalisationKind::goalposts;
  if (bounded && !(n.lower < n.upper)) {
    const char* key = n.kind == NormalisationKind::min_max ? "range" : "goalposts";
    return fail(at(fmt::format("{}/{}", path, key),
                   fmt::format("expected [lower, upper] with lower < upper, got [{}, {}]", n.lower, n.upper)));
  }
  return {};
}

// Links every indicator to its group, checking ids, weights and normalisations.
Result<void> link_indicators(const Method& method, const std::map<std::string, std::size_t>& groups,
                             Hierarchy& h) {
  for (std::size_t k = 0; k < method.indicators.size(); ++k) {
    const Indicator& ind = method.indicators[k];
    const std::string path = fmt::format("/indicators/{}", k);
    const auto g = groups.find(ind.group);
    if (g == groups.end()) return fail(at(path + "/group", fmt::format("unknown group \"{}\"", ind.group)));
    if (auto ok = check_weight(ind.weight, path); !ok) return ok;
    if (ind.normalisation) {
      if (auto ok = check_normalisation(*ind.normalisation, path + "/normalisation"); !ok) return ok;
    }
    h.indicator_group.push_back(g->second);
    h.children[g->second].push_back(k);
  }
  return {};
}

// Links every group to its parent (or the index), rejecting mixed or empty groups and cycles.
// Returns which groups hold groups (the others hold indicators).
Result<std::vector<bool>> link_groups(const Method& method, const std::map<std::string, std::size_t>& groups,
                         Hierarchy& h) {
  const std::size_t n = method.groups.size();
  std::vector<bool> holds_indicators(n);
  for (std::size_t g = 0; g < n; ++g) holds_indicators[g] = !h.children[g].empty();
  std::vector<std::size_t> parent(n, n);
  for (std::size_t g = 0; g < n; ++g) {
    const Group& group = method.groups[g];
    const std::string path = fmt::format("/groups/{}", g);
    if (auto ok = check_weight(group.weight, path); !ok) return fail(ok.error());
    if (group.parent.empty()) {
      h.top.push_back(g);
      continue;
    }
    const auto p = groups.find(group.parent);
    if (p == groups.end()) return fail(at(path + "/parent", fmt::format("unknown group \"{}\"", group.parent)));
    if (holds_indicators[p->second]) {
      return fail(at(fmt::format("/groups/{}", p->second),
                     fmt::format("group \"{}\" holds both indicators and groups; give its indicators "
                                 "a group of their own", group.parent)));
    }
    parent[g] = p->second;
    h.children[p->second].push_back(g);
  }
  for (std::size_t g = 0; g < n; ++g) {
    const std::string path = fmt::format("/groups/{}", g);
    if (h.children[g].empty()) {
      return fail(at(path, fmt::format("group \"{}\" has no indicators and no groups", method.groups[g].id)));
    }
    std::size_t up = g;
    for (std::size_t steps = 0; up != n; ++steps, up = parent[up]) {
      if (steps > n) {
        return fail(at(path + "/parent", fmt::format("group \"{}\" is its own ancestor", method.groups[g].id)));
      }
    }
  }
  std::vector<bool> holds_groups(n);
  for (std::size_t g = 0; g < n; ++g) holds_groups[g] = !holds_indicators[g];
  return holds_groups;
}

// Levels of every group; all children of a group (and of the index) must be on one level.
Result<void> assign_levels(const Method& method, const std::vector<bool>& holds_groups, Hierarchy& h) {
  const std::size_t n = method.groups.size();
  h.group_level.assign(n, 0);
  // Children of one node at different levels: the tree is unbalanced.
  const auto same_level = [&](const std::vector<std::size_t>& siblings) -> Result<void> {
    for (const std::size_t s : siblings) {
      if (h.group_level[s] == h.group_level[siblings.front()]) continue;
      return fail(at(fmt::format("/groups/{}", s),
                     fmt::format("group \"{}\" is {} levels above the indicators but group \"{}\" "
                                 "beside it is {}; every path from an indicator to the index must "
                                 "have the same length",
                                 method.groups[s].id, h.group_level[s], method.groups[siblings.front()].id,
                                 h.group_level[siblings.front()])));
    }
    return {};
  };
  const std::function<Result<void>(std::size_t)> level = [&](std::size_t g) -> Result<void> {
    if (h.group_level[g] != 0) return {};
    if (!holds_groups[g]) {
      h.group_level[g] = 1;
      return {};
    }
    for (const std::size_t child : h.children[g]) {
      if (auto ok = level(child); !ok) return ok;
    }
    if (auto ok = same_level(h.children[g]); !ok) return ok;
    h.group_level[g] = h.group_level[h.children[g].front()] + 1;
    return {};
  };
  for (std::size_t g = 0; g < n; ++g) {
    if (auto ok = level(g); !ok) return ok;
  }
  if (auto ok = same_level(h.top); !ok) return ok;
  h.levels = h.group_level[h.top.front()] + 1;
  for (std::size_t g = 0; g < n; ++g) h.order.push_back(g);
  std::stable_sort(h.order.begin(), h.order.end(),
                   [&](std::size_t a, std::size_t b) { return h.group_level[a] < h.group_level[b]; });
  return {};
}

}  // namespace

Result<Hierarchy> hierarchy(const Method& method) {
  if (method.indicators.empty()) return fail(at("/indicators", "expected at least one indicator"));
  if (method.groups.empty()) return fail(at("/groups", "expected at least one group"));
  if (auto ids = index_ids(method.indicators, "indicators", "indicator"); !ids) return fail(ids.error());
  const auto groups = index_ids(method.groups, "groups", "group");
  if (!groups) return fail(groups.error());
  if (auto ok = check_normalisation(method.normalisation, "/normalisation"); !ok) return fail(ok.error());

  Hierarchy h;
  h.children.resize(method.groups.size());
  if (auto ok = link_indicators(method, *groups, h); !ok) return fail(ok.error());
  const auto holds_groups = link_groups(method, *groups, h);
  if (!holds_groups) return fail(holds_groups.error());
  if (auto ok = assign_levels(method, *holds_groups, h); !ok) return fail(ok.error());

  if (method.aggregation.size() == 1) {
    h.aggregation.assign(h.levels, method.aggregation.front());
  } else if (method.aggregation.size() == h.levels) {
    h.aggregation = method.aggregation;
  } else {
    return fail(at("/aggregation", fmt::format("expected 1 entry or {} (one per level above the "
                                               "indicators, the index last), got {}",
                                               h.levels, method.aggregation.size())));
  }
  for (std::size_t c = 1; c < method.classes.size(); ++c) {
    if (method.classes[c].lower >= method.classes[c - 1].lower) {
      return fail(at(fmt::format("/classes/{}/lower", c), "expected classes in descending order of \"lower\""));
    }
  }
  return h;
}

}  // namespace itzones
