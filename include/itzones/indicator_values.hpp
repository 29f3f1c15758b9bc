#pragma once
// The raw indicator values of one period, formed from a table's columns, after the method's
// treatment of missing values.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/method.hpp"
#include "itzones/table.hpp"

namespace itzones {

// Where an indicator's raw value came from.
enum class ValueSource {
  recomputed,  // numerator / denominator * scale from the raw columns, full precision
  published,   // the source's printed ratio, because a component is absent
  column,      // the indicator is a single column
  imputed,     // not available; the mean or median of the other regions (MissingTreatment)
  missing,     // not available and dropped: the indicator is left out for this region
};

// Which indicators use the published ratio even when the components are present (the audit
// uses this to measure what the printed precision costs); normally empty.
using PublishedOverride = std::set<std::string>;

// Values per indicator and region: columns[k][i]; nullopt = no value (dropped).
using IndicatorColumns = std::vector<std::vector<std::optional<double>>>;

// What the missing-value treatment did to one cell.
struct MissingValue {
  std::string region_id;
  std::string indicator;
  MissingTreatment treatment = MissingTreatment::drop;  // drop, impute_mean or impute_median
  double imputed = 0.0;                                  // the value used, when imputed
};

// One line of English, e.g. `region "B": indicator "x" not available; imputed 43.5 (the mean of
// the regions with a value)` or `...; left out of its group, whose other weights are rescaled`.
std::string describe(const MissingValue& missing);

struct IndicatorValues {
  IndicatorColumns columns;                    // in the method's indicator order
  std::vector<std::vector<ValueSource>> sources;  // same shape
  std::vector<MissingValue> missing;           // by indicator, then by table row
};

// Forms every indicator for every region of `table`: numerator / denominator * scale from the
// components when both are present (unless the indicator is in `use_published`), else the
// published ratio, else the column alone. A value that cannot be formed is treated by
// `treatment`. Errors: a negative component of a ratio (a single column may be negative), a zero
// denominator (naming file:line and column);
// with MissingTreatment::error, a value that cannot be formed (naming indicator, region, period
// and the columns it needs); an indicator with no value in any region when imputing.
Result<IndicatorValues> indicator_values(const RegionTable& table, const Method& method,
                                         const std::string& period,
                                         const PublishedOverride& use_published,
                                         MissingTreatment treatment);

}  // namespace itzones
