// apply_mapping(): tables and matrices summed onto fixed boundaries.

#include <algorithm>

#include "itzones/boundaries.hpp"

namespace itzones {
namespace {

// The sum of the group's cells: missing when any is missing.
Cell sum_cells(const std::vector<Cell>& cells, const RegionGroup& group) {
  Cell out{0.0, 0, cells[group.rows.front()].where};
  for (const std::size_t i : group.rows) {
    const Cell& c = cells[i];
    if (!c.value || !out.value) {
      out.value.reset();
      continue;
    }
    *out.value += *c.value;
    out.decimals = std::max(out.decimals, c.decimals);
  }
  return out;
}

}  // namespace

RegionTable apply_mapping(const RegionTable& table, const BoundaryMapping& mapping,
                          const std::set<std::string>& additive) {
  RegionTable out;
  for (const RegionGroup& group : mapping.groups) {
    out.regions.push_back(group.region);
    out.rows.push_back(table.rows[group.rows.front()]);
  }
  for (const auto& [name, cells] : table.columns) {
    std::vector<Cell>& column = out.columns[name];
    for (const RegionGroup& group : mapping.groups) {
      if (additive.contains(name)) {
        column.push_back(sum_cells(cells, group));
      } else if (group.rows.size() == 1) {
        column.push_back(cells[group.rows.front()]);
      } else {
        column.push_back(Cell{std::nullopt, 0, cells[group.rows.front()].where});
      }
    }
  }
  return out;
}

IndustryMatrix apply_mapping(const IndustryMatrix& matrix, const BoundaryMapping& mapping) {
  IndustryMatrix out{matrix.period, matrix.coverage, {}, matrix.industries, {}, matrix.notes};
  for (const RegionGroup& group : mapping.groups) {
    out.regions.push_back(group.region);
    std::vector<double> row(matrix.industries.size(), 0.0);
    for (const std::size_t i : group.rows) {
      for (std::size_t k = 0; k < row.size(); ++k) row[k] += matrix.values[i][k];
    }
    out.values.push_back(std::move(row));
  }
  return out;
}

}  // namespace itzones
