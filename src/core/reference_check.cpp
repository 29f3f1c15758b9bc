#include "itzones/reference_check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace itzones {
namespace {

// The rounding unit of a printed figure (see same_figure()).
double unit_of(double value, int decimals) {
  if (decimals > 0) return std::pow(10.0, -decimals);
  double unit = 1.0;
  double whole = std::round(std::fabs(value));
  const double most = std::fabs(value) / 1000.0;  // keep four significant digits
  while (whole >= 10.0 && std::fmod(whole, 10.0) == 0.0 && unit * 10.0 <= most) {
    whole /= 10.0;
    unit *= 10.0;
  }
  return unit;
}

// How a value compares with its reference cell (equal, close or different).
Agreement agreement(double value, int decimals, const Cell& reference, double tolerance) {
  const double ref = *reference.value;
  if (same_figure(value, decimals, ref, reference.decimals)) return Agreement::equal;
  return std::fabs(value - ref) <= tolerance * std::fabs(ref) ? Agreement::close : Agreement::different;
}

std::string file_of(const RegionTable& table) {
  return table.rows.empty() ? std::string("<table>") : table.rows.front().file;
}

}  // namespace

bool ReferenceCheck::ok() const {
  return std::none_of(rows.begin(), rows.end(), [](const ReferenceRow& r) { return r.agreement == Agreement::different; });
}

bool same_figure(double a, int a_decimals, double b, int b_decimals) {
  const double unit = std::max(unit_of(a, a_decimals), unit_of(b, b_decimals));
  // The slack absorbs binary rounding of decimal figures, not real differences.
  return std::fabs(a - b) <= unit / 2 + 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

std::string agreement_id(Agreement agreement) {
  switch (agreement) {
    case Agreement::equal: return "equal";
    case Agreement::close: return "close";
    case Agreement::different: return "different";
    case Agreement::no_reference: return "no_reference";
    case Agreement::no_value: return "no_value";
  }
  return "different";
}

Result<ReferenceCheck> check_against_reference(const RegionTable& table, const RegionTable& reference,
                                               const std::string& column, double tolerance) {
  if (tolerance < 0) return fail(fmt::format("the tolerance must not be negative, got {}", tolerance));
  const std::vector<Cell>* values = table.column(column);
  if (values == nullptr) return fail(Diagnostic{file_of(table), 0, column, "no such column"});
  const std::vector<Cell>* official = reference.column(column);
  if (official == nullptr) return fail(Diagnostic{file_of(reference), 0, column, "no such column"});

  // The reference cell of a region, or nullptr.
  const auto reference_of = [&](const std::string& id) -> const Cell* {
    const auto j = reference.find(id);
    return j && (*official)[*j].value ? &(*official)[*j] : nullptr;
  };
  // Whether the table's own row of a region holds that region's figure.
  const auto holds_own = [&](const std::string& id) {
    const auto i = table.find(id);
    const Cell* ref = reference_of(id);
    if (!i || ref == nullptr || !(*values)[*i].value) return false;
    const Agreement a = agreement(*(*values)[*i].value, (*values)[*i].decimals, *ref, tolerance);
    return a == Agreement::equal || a == Agreement::close;
  };

  ReferenceCheck check{column, tolerance, {}, {}};
  for (std::size_t i = 0; i < table.regions.size(); ++i) {
    const Cell& cell = (*values)[i];
    ReferenceRow row{table.regions[i], table.rows[i], cell.value, cell.decimals, {}, 0, Agreement::no_value, {}, {}, 0};
    const Cell* own = reference_of(row.region.id);
    if (own != nullptr) {
      row.reference = own->value;
      row.reference_decimals = own->decimals;
    }
    if (!row.value) {
      check.rows.push_back(std::move(row));
      continue;
    }
    const double v = *row.value;
    row.agreement = own == nullptr ? Agreement::no_reference : agreement(v, row.decimals, *own, tolerance);
    if (row.agreement == Agreement::equal) {
      check.rows.push_back(std::move(row));
      continue;
    }
    double best = own == nullptr ? std::numeric_limits<double>::infinity() : std::fabs(v - *own->value);
    for (std::size_t j = 0; j < reference.regions.size(); ++j) {
      const Region& other = reference.regions[j];
      const Cell& figure = (*official)[j];
      if (other.id == row.region.id || !figure.value) continue;
      const double distance = std::fabs(v - *figure.value);
      const bool same = same_figure(v, row.decimals, *figure.value, figure.decimals);
      // A figure sits in two rows only when a row was duplicated: while the other region's own
      // row holds its figure, only a copy of that row counts.
      bool matches = same || distance <= tolerance / 10 * std::fabs(*figure.value);
      if (matches && holds_own(other.id)) {
        const Cell& copy = (*values)[*table.find(other.id)];
        matches = same || same_figure(v, row.decimals, *copy.value, copy.decimals);
      }
      if (matches && distance < best) {
        best = distance;
        row.carries = other;
        row.carried_value = figure.value;
        row.carried_decimals = figure.decimals;
      }
    }
    check.rows.push_back(std::move(row));
  }
  for (const Region& r : reference.regions) {
    if (!table.find(r.id)) check.only_in_reference.push_back(r);
  }
  return check;
}

}  // namespace itzones
