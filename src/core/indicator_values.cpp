#include "itzones/indicator_values.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace itzones {
namespace {

struct Formed {
  double value = 0.0;
  ValueSource source = ValueSource::recomputed;
};

// The cell of `column` for region i, or nullptr when the table lacks the column or the
// value is missing.
const Cell* present(const RegionTable& table, const std::string& column, std::size_t i) {
  const std::vector<Cell>* cells = table.column(column);
  if (cells == nullptr || !(*cells)[i].value) return nullptr;
  return &(*cells)[i];
}

Diagnostic cell_error(const Cell& cell, const std::string& column, std::string message) {
  return Diagnostic{cell.where.file, cell.where.line, column, std::move(message)};
}

// Region i's value of `ind`, or nullopt when it cannot be formed.
Result<std::optional<Formed>> form(const RegionTable& table, const Indicator& ind,
                                   const std::string& period, std::size_t i, bool prefer_published) {
  const Cell* num = present(table, ind.numerator, i);
  const Cell* den = ind.denominator ? present(table, *ind.denominator, i) : nullptr;
  const Cell* pub = ind.published.empty() ? nullptr : present(table, ind.published, i);
  // Ratios are of non-negative quantities; a single column (a growth rate, say) may be negative.
  for (const Cell* c : {num, den, pub}) {
    if (ind.denominator && c != nullptr && *c->value < 0) {
      const std::string& name = c == num ? ind.numerator : c == den ? *ind.denominator : ind.published;
      return fail(cell_error(*c, name, fmt::format("expected a non-negative value, got {}", *c->value)));
    }
  }
  if (pub != nullptr && (prefer_published || num == nullptr || (ind.denominator && den == nullptr))) {
    return Formed{*pub->value, ValueSource::published};
  }
  if (num != nullptr && !ind.denominator) return Formed{*num->value, ValueSource::column};
  if (num != nullptr && den != nullptr) {
    if (*den->value == 0) {
      return fail(cell_error(*den, *ind.denominator,
                             fmt::format("zero denominator of indicator \"{}\" for region \"{}\" in {}",
                                         ind.id, table.regions[i].id, period)));
    }
    return Formed{*num->value / *den->value * ind.scale, ValueSource::recomputed};
  }
  return std::optional<Formed>();
}

std::string cannot_be_formed(const Indicator& ind, const std::string& region, const std::string& period) {
  std::string need = ind.denominator ? fmt::format("\"{}\" and \"{}\"", ind.numerator, *ind.denominator)
                                     : fmt::format("\"{}\"", ind.numerator);
  if (!ind.published.empty()) need += fmt::format(", or \"{}\"", ind.published);
  return fmt::format("indicator \"{}\" for region \"{}\" in {} cannot be formed: needs {}", ind.id, region,
                     period, need);
}

// The mean or the median of the present values of `column`, or nullopt when there are none.
std::optional<double> fill_value(const std::vector<std::optional<double>>& column, MissingTreatment treatment) {
  std::vector<double> present_values;
  for (const std::optional<double>& v : column) {
    if (v) present_values.push_back(*v);
  }
  if (present_values.empty()) return std::nullopt;
  const std::size_t n = present_values.size();
  if (treatment == MissingTreatment::impute_mean) {
    double sum = 0.0;
    for (const double v : present_values) sum += v;
    return sum / static_cast<double>(n);
  }
  std::sort(present_values.begin(), present_values.end());
  return n % 2 == 1 ? present_values[n / 2] : (present_values[n / 2 - 1] + present_values[n / 2]) / 2.0;
}

}  // namespace

std::string describe(const MissingValue& m) {
  const std::string what = fmt::format("region \"{}\": indicator \"{}\" not available", m.region_id, m.indicator);
  switch (m.treatment) {
    case MissingTreatment::impute_mean:
      return fmt::format("{}; imputed {} (the mean of the regions with a value)", what, m.imputed);
    case MissingTreatment::impute_median:
      return fmt::format("{}; imputed {} (the median of the regions with a value)", what, m.imputed);
    case MissingTreatment::drop:
    case MissingTreatment::error: break;
  }
  return what + "; left out of its group, whose other weights are rescaled";
}

Result<IndicatorValues> indicator_values(const RegionTable& table, const Method& method,
                                         const std::string& period,
                                         const PublishedOverride& use_published,
                                         MissingTreatment treatment) {
  const std::size_t n = table.regions.size();
  IndicatorValues out;
  for (const Indicator& ind : method.indicators) {
    std::vector<std::optional<double>> column(n);
    std::vector<ValueSource> sources(n, ValueSource::missing);
    for (std::size_t i = 0; i < n; ++i) {
      auto formed = form(table, ind, period, i, use_published.contains(ind.id));
      if (!formed) return fail(formed.error());
      if (*formed) {
        column[i] = (*formed)->value;
        sources[i] = (*formed)->source;
      } else if (treatment == MissingTreatment::error) {
        return fail(cannot_be_formed(ind, table.regions[i].id, period));
      }
    }
    const std::optional<double> fill =
        treatment == MissingTreatment::drop ? std::nullopt : fill_value(column, treatment);
    for (std::size_t i = 0; i < n; ++i) {
      if (column[i]) continue;
      if (treatment != MissingTreatment::drop && !fill) {
        return fail(fmt::format("indicator \"{}\" in {}: no region has a value to impute from", ind.id, period));
      }
      out.missing.push_back(MissingValue{table.regions[i].id, ind.id, treatment, fill.value_or(0.0)});
      if (fill) {
        column[i] = fill;
        sources[i] = ValueSource::imputed;
      }
    }
    out.columns.push_back(std::move(column));
    out.sources.push_back(std::move(sources));
  }
  return out;
}

}  // namespace itzones
