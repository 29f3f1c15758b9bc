#pragma once
// Checking one column of an input table against an official series for the same year
// (`itzones validate FILE --reference REF.csv --column grp`; docs/data.md, "Checking inputs").

#include <optional>
#include <string>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/table.hpp"

namespace itzones {

enum class Agreement {
  equal,         // the same figure at the coarser printed precision of the two
  close,         // |value - reference| <= tolerance * |reference|
  different,     // neither
  no_reference,  // the reference has no value for the region
  no_value,      // the table has no value for the region
};

struct ReferenceRow {
  Region region;
  Location where;                    // the table's row
  std::optional<double> value;       // the table's
  int decimals = 0;                  // printed decimals of the value
  std::optional<double> reference;   // the reference's for the same region
  int reference_decimals = 0;
  Agreement agreement = Agreement::different;
  std::optional<Region> carries;        // the region whose reference value the row most likely carries
  std::optional<double> carried_value;  // that region's reference value
  int carried_decimals = 0;
};

struct ReferenceCheck {
  std::string column;
  double tolerance = 0.0;
  std::vector<ReferenceRow> rows;         // in the table's order
  std::vector<Region> only_in_reference;  // reference regions the table does not have

  // Whether no row is `different`.
  bool ok() const;
};

// Whether two printed figures are the same at the coarser precision of the two: |a - b| is at
// most half the coarser unit. A figure's unit is 10^-decimals; a whole number's trailing zeros
// are read as rounding (422700 has unit 100), keeping at least four significant digits.
bool same_figure(double a, int a_decimals, double b, int b_decimals);

// Compares `column` of `table` with `column` of `reference`, joined on region_id. A row that is
// not `equal` to its own reference "most likely carries" another region's data (a mislabelled,
// shifted or duplicated row) when its value is nearer to that region's reference value than to
// its own and either is the same figure as it, or lies within a tenth of the tolerance of it
// while that region's own row does not hold its figure (if it does, only a copy of that row
// counts: the same figure as the row's value). Errors: `column` is absent from either table
// (`file: column "grp": no such column`); a negative tolerance.
Result<ReferenceCheck> check_against_reference(const RegionTable& table, const RegionTable& reference,
                                               const std::string& column, double tolerance);

// "equal", "close", "different", "no_reference", "no_value".
std::string agreement_id(Agreement agreement);

}  // namespace itzones
