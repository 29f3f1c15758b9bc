#pragma once
// RegionTable: the indicator inputs of one period, one row per region, columns by name.

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "itzones/diagnostic.hpp"

namespace itzones {

// A region as the data names it; joins use `id` only.
struct Region {
  std::string id;
  std::string name;
  std::string name_en;
};

// Where a value came from, for messages.
struct Location {
  std::string file;
  std::size_t line = 0;
};

// One numeric cell: nullopt = not available; `decimals` = digits printed after the mark.
struct Cell {
  std::optional<double> value;
  int decimals = 0;
  Location where;
};

// Rows are regions; `columns[name][i]` is the cell of `regions[i]`.
struct RegionTable {
  std::vector<Region> regions;
  std::vector<Location> rows;  // where each region's row was read
  std::map<std::string, std::vector<Cell>> columns;
  // The name columns the source printed ("region", "region_en"); a join compares only these.
  std::set<std::string> name_columns;

  // Index of the region with this id, or nullopt.
  std::optional<std::size_t> find(const std::string& region_id) const;
  // The column's cells, or nullptr when the table has no such column.
  const std::vector<Cell>* column(const std::string& name) const;
};

// Joins the tables of one period on region_id. Every table must list the same regions;
// a column present in several tables must hold equal values, names ("region", "region_en")
// included, compared as read. The result keeps the first table's region order, and takes a
// name from the first table that prints it. Errors name the file and line of the offending
// row (and of the row it disagrees with).
Result<RegionTable> join_tables(const std::vector<RegionTable>& tables);

}  // namespace itzones
