#pragma once
// In-memory tables and methods for the tests of methods as data, robustness and statistics.

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "itzones/method.hpp"
#include "itzones/table.hpp"

namespace itzones::testing {

using Column = std::vector<std::optional<double>>;

// Regions `ids` (names "Region <id>") with numeric `columns`; nullopt is a missing cell.
inline RegionTable table_of(const std::vector<std::string>& ids, const std::map<std::string, Column>& columns) {
  RegionTable table;
  for (const std::string& id : ids) table.regions.push_back(Region{id, "Region " + id, ""});
  for (const auto& [name, values] : columns) {
    std::vector<Cell>& cells = table.columns[name];
    for (std::size_t i = 0; i < values.size(); ++i) cells.push_back(Cell{values[i], 2, Location{"t.csv", i + 2}});
  }
  return table;
}

// An indicator read from the column of the same name.
inline Indicator column_indicator(const std::string& id, const std::string& group,
                                  Direction direction = Direction::higher_is_better, double weight = 1.0) {
  Indicator ind;
  ind.id = id;
  ind.symbol = id;
  ind.group = group;
  ind.numerator = id;
  ind.direction = direction;
  ind.weight = weight;
  return ind;
}

inline Group group_of(const std::string& id, const std::string& parent = "", double weight = 1.0) {
  Group g;
  g.id = id;
  g.symbol = id;
  g.weight = weight;
  g.parent = parent;
  return g;
}

// A method over `indicators` and `groups` with the paper's defaults (percent of the best,
// arithmetic means, missing values are errors) and no classes.
inline Method method_of(std::vector<Indicator> indicators, std::vector<Group> groups) {
  Method m;
  m.id = "test";
  m.name = {"Test", "Test"};
  m.indicators = std::move(indicators);
  m.groups = std::move(groups);
  return m;
}

}  // namespace itzones::testing
