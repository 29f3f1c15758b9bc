#include "specialisation_inputs.hpp"

#include <fmt/format.h>

namespace itzones::io {

Result<IndustryTable> pick_period(std::vector<IndustryTable> tables, const std::string& wanted,
                                  const std::string& file) {
  if (tables.size() == 1 && tables.front().period.empty()) {
    return fail(Diagnostic{file, 0, {}, fmt::format("no year \"{}\": the file has no \"year\" column", wanted)});
  }
  std::string years;
  for (IndustryTable& t : tables) {
    if (t.period == wanted) return std::move(t);
    years += (years.empty() ? "" : ", ") + t.period;
  }
  return fail(Diagnostic{file, 0, {}, fmt::format("no year \"{}\" (years: {})", wanted, years)});
}

Result<std::vector<IndustryMatrix>> load_specialisation(const SpecialisationStudy& spec, const TableOptions& options) {
  std::vector<IndustryMatrix> out;
  for (const SpecialisationPeriod& p : spec.periods) {
    const std::string wanted = p.year.empty() ? p.period : p.year;
    auto tables = load_industry_csv(p.file, IndustryCsvOptions{options, spec.industry, p.column, wanted});
    if (!tables) return fail(tables.error());
    auto table = pick_period(std::move(*tables), wanted, p.file);
    if (!table) return fail(table.error());
    table->period = p.period;
    auto matrix = complete(*table, spec.missing);
    if (!matrix) return fail(matrix.error());
    out.push_back(std::move(*matrix));
  }
  return out;
}

}  // namespace itzones::io
