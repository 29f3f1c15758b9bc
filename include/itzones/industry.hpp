#pragma once
// Stage 2 inputs: region x industry values of one period, as read and after the missing-value
// policy. Pure data; the loaders are in src/io/industry_csv.hpp.

#include <optional>
#include <string>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/table.hpp"

namespace itzones {

// What the industries of a table cover.
enum class Coverage {
  economy,      // all industries of the economy: a region's total is the sum over them
  target_only,  // the target industry alone (an IT-only table): no region totals, only shares
};

// Region x industry cells of one period as read. A missing value has an empty `value`; a
// region-industry combination absent from the file has line 0.
struct IndustryTable {
  std::string period;
  Coverage coverage = Coverage::economy;
  std::string source;                    // file name, for messages about absent combinations
  std::string value_column;              // the column holding the values; empty = the industry's own
  std::vector<Region> regions;
  std::vector<std::string> industries;
  std::vector<std::vector<Cell>> cells;  // cells[r][k]
  std::vector<std::string> notes;        // e.g. regions of other years of the file absent from this one
};

// What to do with missing cells. Chosen by the user; the default stops.
enum class MissingPolicy {
  error,          // stop at the first missing cell
  zero,           // read every missing cell as 0
  drop_region,    // leave out each region with a missing cell
  drop_industry,  // leave out each industry with a missing cell
};

// Complete values of one period; every value is finite and >= 0.
struct IndustryMatrix {
  std::string period;
  Coverage coverage = Coverage::economy;
  std::vector<Region> regions;
  std::vector<std::string> industries;
  std::vector<std::vector<double>> values;  // values[r][k]
  std::vector<std::string> notes;           // what the missing-value policy did, in words
};

// Applies `policy` to the missing cells of `table`; the matrix's notes are the table's, then what
// the policy did (without the period: the caller shows it). Errors: (policy `error`) the first missing
// cell in file order, e.g. `data.csv:7: column "value": missing value for region "KZ-ALA",
// industry "J" in 2014 (choose a policy with --missing)` or, for a combination absent from the
// file, `data.csv: no row for region "KZ-ALA", industry "J" in 2014 (...)`; a negative cell;
// a policy that leaves no region or no industry.
Result<IndustryMatrix> complete(const IndustryTable& table, MissingPolicy policy);

// The policy's name as the CLI and study.json spell it ("error", "zero", "drop-region",
// "drop-industry"), and back (nullopt for an unknown name).
std::string policy_name(MissingPolicy policy);
std::optional<MissingPolicy> parse_policy(const std::string& name);

// "a, b, c" with at most ten names, then "and N more" (for messages about long lists).
std::string name_list(const std::vector<std::string>& names);

// "1 region" or "2 regions": a count with the noun it counts.
std::string counted(std::size_t n, const char* one, const char* many);

}  // namespace itzones
