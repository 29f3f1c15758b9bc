#include "panel_report.hpp"

#include <fmt/format.h>

#include <iterator>

namespace itzones::io {
namespace {

// A CSV field: quoted when it holds a comma, a quote or a line break.
void append_field(std::string& out, const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) {
    out += text;
    return;
  }
  out += '"';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// ",v1,v2,...\n" with k_panel_decimals decimals; values are >= 0, so no "-0" can appear.
void append_values(std::string& out, const double* values, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i)
    fmt::format_to(std::back_inserter(out), ",{:.{}f}", values[i], k_panel_decimals);
  out += '\n';
}

std::string ids(const std::vector<Measure>& measures) {
  std::string out;
  for (const Measure m : measures) out += "," + measure_info(m).id;
  return out;
}

// One line per entry: `period,name[,extra],values...`; `name(i)` names entry i and its values
// are values[i * width, (i + 1) * width).
template <class Name>
void append_measure_lines(std::string& out, const std::string& period, std::size_t count, Name name,
                          const std::string& extra, const std::vector<double>& values,
                          std::size_t width) {
  for (std::size_t i = 0; i < count; ++i) {
    append_field(out, period);
    out += ',';
    append_field(out, name(i));
    if (!extra.empty()) {
      out += ',';
      append_field(out, extra);
    }
    append_values(out, values.data() + i * width, width);
  }
}

}  // namespace

std::string panel_region_header(const PanelColumns& columns) {
  return std::string("year,region_id") + (columns.industry.empty() ? "" : ",industry") +
         ids(columns.region_measures) + "\n";
}

void append_panel_regions(std::string& out, const Panel& panel, std::size_t period,
                          const PanelColumns& columns, const PeriodMeasures& measures) {
  const PanelPeriod& p = panel.periods[period];
  append_measure_lines(
      out, p.period, p.rows.size(),
      [&](std::size_t r) -> const std::string& { return panel.regions[p.rows[r].region]; },
      columns.industry, measures.region_values, columns.region_measures.size());
}

std::string panel_industry_header(const PanelColumns& columns) {
  return "year,industry" + ids(columns.industry_measures) + "\n";
}

void append_panel_industries(std::string& out, const Panel& panel, std::size_t period,
                             const PanelColumns& columns, const PeriodMeasures& measures) {
  const PanelPeriod& p = panel.periods[period];
  append_measure_lines(
      out, p.period, p.industries.size(),
      [&](std::size_t k) -> const std::string& { return panel.industries[p.industries[k]]; }, "",
      measures.industry_values, columns.industry_measures.size());
}

std::string panel_cell_header() {
  return "year,region_id,industry,location_quotient\n";
}

void append_panel_cells(std::string& out, const Panel& panel, std::size_t period,
                        const PeriodMeasures& measures, std::size_t first, std::size_t last) {
  const PanelPeriod& p = panel.periods[period];
  for (std::size_t r = first; r < last; ++r) {
    const PanelRow& row = p.rows[r];
    for (std::size_t i = 0; i < row.columns.size(); ++i) {
      append_field(out, p.period);
      out += ',';
      append_field(out, panel.regions[row.region]);
      out += ',';
      append_field(out, panel.industries[p.industries[row.columns[i]]]);
      const double lq = cell_location_quotient(measures, row, r, i);
      append_values(out, &lq, 1);
    }
  }
}

}  // namespace itzones::io
