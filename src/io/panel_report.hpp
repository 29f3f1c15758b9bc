#pragma once
// The measures of a panel as CSV, one period at a time (issue #7), so no output is ever built
// whole in memory.

#include <string>

#include "itzones/panel.hpp"
#include "itzones/panel_measures.hpp"

namespace itzones::io {

// Decimals of every panel measure: a panel of thousands of regions has shares far below 0.001,
// which the 3 decimals of the printed tables would show as 0.
inline constexpr int k_panel_decimals = 6;

// `year,region_id[,industry],<region measure ids>`; the industry column names the target.
std::string panel_region_header(const PanelColumns& columns);

// One line per region of period `period` (ascending region_id), appended to `out`.
void append_panel_regions(std::string& out, const Panel& panel, std::size_t period,
                          const PanelColumns& columns, const PeriodMeasures& measures);

// `year,industry,<industry measure ids>`.
std::string panel_industry_header(const PanelColumns& columns);

// One line per industry of the period (ascending), appended to `out`.
void append_panel_industries(std::string& out, const Panel& panel, std::size_t period,
                             const PanelColumns& columns, const PeriodMeasures& measures);

// `year,region_id,industry,location_quotient`.
std::string panel_cell_header();

// One line per cell with a row in the file, of the rows [first, last) of the period, appended
// to `out` (absent cells have a location quotient of 0 and are not written).
void append_panel_cells(std::string& out, const Panel& panel, std::size_t period,
                        const PeriodMeasures& measures, std::size_t first, std::size_t last);

}  // namespace itzones::io
