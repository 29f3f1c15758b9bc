#include "unrated_command.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "specialisation_inputs.hpp"
#include "stage2.hpp"
#include "unrated_report.hpp"

namespace itzones::cli {
namespace {

// The measures followed over time, where the periods computed them.
const std::vector<Measure> k_series = {Measure::share_of_national_industry, Measure::location_quotient,
                                       Measure::krugman_specialisation_vs_nation};

}  // namespace

int run_unrated(Context& ctx, LoadedStudy& loaded) {
  const SpecialisationStudy& spec = *loaded.study.specialisation;
  auto matrices = io::load_specialisation(spec, ctx.table);
  if (!matrices) return report_error(ctx, matrices.error());
  auto mappings = fit_matrices(loaded.regions, *matrices);
  if (!mappings) return report_error(ctx, mappings.error());
  for (const SpecialisationPeriod& p : spec.periods) loaded.inputs.push_back(p.file);

  io::UnratedRun run;
  run.study_name = loaded.study.name;
  run.method_id = loaded.method.id;
  run.gaps = stage1_gaps(loaded.method, loaded.study.stage1_unavailable->provided);
  run.reason = loaded.study.stage1_unavailable->reason;
  run.boundaries = loaded.regions.year;
  const RegionRegistry* registry = loaded.regions.registry ? &*loaded.regions.registry : nullptr;
  if (registry != nullptr) run.merges = describe_merges(*registry, *mappings);
  if (auto note = industry_breakdown_note(*matrices, spec.industry)) run.notes.push_back(*note);
  for (const IndustryMatrix& m : *matrices) {
    auto s = specialise(m, SpecialisationRequest{spec.industry, {}});
    if (!s) return report_error(ctx, s.error());
    run.periods.push_back(std::move(*s));
  }
  for (const Measure measure : k_series) {
    const std::vector<Measure>& computed = run.periods.front().region_measures;
    if (std::find(computed.begin(), computed.end(), measure) == computed.end()) continue;
    auto series = measure_over_time(run.periods, measure, registry);
    if (!series) {
      run.notes.push_back(fmt::format("no tables over time: {}", series.error().message));
      break;
    }
    run.series.push_back(std::move(*series));
  }

  ctx.err << "itzones: note: " << io::stage1_note(run) << "\n";
  const io::Lang lang = ctx.output.lang;
  return emit_results(
      ctx, [&](io::Format f) { return io::render_unrated(run, f, lang); },
      [&](io::Format f) { return io::unrated_files(run, f, lang); }, loaded.inputs);
}

}  // namespace itzones::cli
