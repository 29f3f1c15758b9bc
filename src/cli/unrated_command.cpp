#include "unrated_command.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "stage2.hpp"
#include "unrated_report.hpp"

namespace itzones::cli {
namespace {

// The measures followed over time, where the periods computed them.
const std::vector<Measure> k_series = {Measure::share_of_national_industry, Measure::location_quotient,
                                       Measure::krugman_specialisation_vs_nation};

}  // namespace

Result<io::UnratedRun> unrated_run(Context& ctx, LoadedStudy& loaded) {
  std::vector<BoundaryMapping> mappings;
  auto periods = study_specialisation(ctx, loaded, &mappings);
  if (!periods) return fail(periods.error());

  io::UnratedRun run;
  run.study_name = loaded.study.name;
  run.method_id = loaded.method.id;
  run.gaps = stage1_gaps(loaded.method, loaded.study.stage1_unavailable->provided);
  run.reason = loaded.study.stage1_unavailable->reason;
  run.boundaries = loaded.regions.year;
  run.periods = std::move(*periods);
  const RegionRegistry* registry = loaded.regions.registry ? &*loaded.regions.registry : nullptr;
  if (registry != nullptr) run.merges = describe_merges(*registry, mappings);
  if (auto note = industry_breakdown_note(run.periods)) run.notes.push_back(*note);
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
  print_note(ctx, io::stage1_note(run));
  return run;
}

int run_unrated(Context& ctx, LoadedStudy& loaded) {
  auto computed = unrated_run(ctx, loaded);
  if (!computed) return report_error(ctx, computed.error());
  const io::UnratedRun& run = *computed;
  note_specialisation(ctx, run.periods);
  const io::Lang lang = ctx.output.lang;
  return emit_results(
      ctx, [&](io::Format f) { return io::render_unrated(run, f, lang); },
      [&](io::Format f) { return io::unrated_files(run, f, lang); }, loaded.inputs);
}

}  // namespace itzones::cli
