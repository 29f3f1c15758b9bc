#pragma once
// The stage-2 measures of every region and every industry in every period of a panel (issue #7),
// computed from the sparse rows. Each value equals what specialise() gives on the period's dense
// matrix (to_matrix) bit for bit, except krugman_specialisation_vs_mean_of_others (and its
// halved form): its reference, the mean of the other regions' shares, is taken from column sums,
// (sum_j s_jk - s_rk) / (n - 1), in O(n K) rather than O(n^2 K), and agrees to rounding
// (relative difference far below 1e-12).

#include <cstddef>
#include <string>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/measures.hpp"
#include "itzones/panel.hpp"

namespace itzones {

struct PanelRequest {
  std::string industry;           // the target industry; empty = none
  std::vector<Measure> measures;  // empty = every measure of scope region and industry, and,
                                  // with a target, those of scope region_in_industry
};

// The measures of a request, split by what they describe, in request order without repeats.
struct PanelColumns {
  std::string industry;
  std::vector<Measure> region_measures;    // scope region_in_industry (of the target) or region
  std::vector<Measure> industry_measures;  // scope industry
};

// Errors: krugman_pairwise (n x n values per period are not a panel output); a measure of scope
// region_in_industry without a target industry.
Result<PanelColumns> panel_columns(const PanelRequest& request);

// The measures of one period.
struct PeriodMeasures {
  std::vector<double> region_values;    // [row * region_measures.size() + i], rows as in the period
  std::vector<double> industry_values;  // [column * industry_measures.size() + i]
  std::vector<double> region_totals;    // x_r, per row
  std::vector<double> nation;           // S_k, per column
};

// Computes every measure of `columns` for period `period` of `panel`. Errors, with the texts of
// structure() and specialise(): fewer than two regions or industries; a region or an industry
// with a total of 0; the target industry absent from the period.
Result<PeriodMeasures> measure_period(const Panel& panel, std::size_t period,
                                      const PanelColumns& columns);

// The location quotient (x_rk / x_r) / S_k of cell `cell` of row `r` of the measured period.
double cell_location_quotient(const PeriodMeasures& m, const PanelRow& row, std::size_t r,
                              std::size_t cell);

}  // namespace itzones
