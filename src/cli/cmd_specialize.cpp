#include <fmt/format.h>
#include <fmt/ranges.h>

#include "industry_csv.hpp"
#include "specialisation_inputs.hpp"
#include "specialisation_report.hpp"
#include "stage2.hpp"

namespace itzones::cli {

Result<std::vector<Measure>> parse_measures(const std::vector<std::string>& ids) {
  std::vector<Measure> out;
  for (const std::string& id : ids) {
    const auto m = find_measure(id);
    if (!m) {
      std::vector<std::string> known;
      for (const MeasureInfo& info : measure_catalogue()) known.push_back(info.id);
      return fail(fmt::format("--measures: unknown measure \"{}\" (known: {})", id, fmt::join(known, ", ")));
    }
    out.push_back(*m);
  }
  return out;
}

int cmd_specialize(Context& ctx, const SpecializeArgs& args) {
  auto measures = parse_measures(args.measures);
  if (!measures) return report_error(ctx, measures.error());
  // With --year a file without years keeps an empty period, so pick_period can say it has none.
  const std::string period = args.year.empty() ? args.period : "";
  auto tables = io::load_industry_csv(args.file, io::IndustryCsvOptions{ctx.table, args.industry, args.column, period});
  if (!tables) return report_error(ctx, tables.error());
  if (!args.year.empty()) {
    auto table = io::pick_period(std::move(*tables), args.year, args.file);
    if (!table) return report_error(ctx, table.error());
    tables = std::vector<IndustryTable>{std::move(*table)};
  }
  std::vector<Specialisation> periods;
  for (const IndustryTable& t : *tables) {
    auto matrix = complete(t, *parse_policy(args.missing));
    if (!matrix) return report_error(ctx, matrix.error());
    auto s = specialise(*matrix, SpecialisationRequest{args.industry, *measures});
    if (!s) return report_error(ctx, s.error());
    periods.push_back(std::move(*s));
  }
  note_specialisation(ctx, periods);
  for (Specialisation& s : periods) {
    if (s.period.empty()) s.period = k_unnamed_period;
  }
  const io::Lang lang = ctx.output.lang;
  return emit_results(
      ctx, [&](io::Format f) { return io::render_specialisation(periods, f, lang); },
      [&](io::Format f) { return io::specialisation_files(periods, f, lang); }, {args.file});
}

}  // namespace itzones::cli
