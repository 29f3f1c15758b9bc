#include "commands.hpp"
#include "run_report.hpp"
#include "stage2.hpp"
#include "study_zones.hpp"
#include "unrated_command.hpp"

namespace itzones::cli {

int emit_evaluation(Context& ctx, const Evaluation& ev, const std::string& name,
                    const std::vector<std::string>& inputs) {
  const io::Lang lang = ctx.output.lang;
  return emit_results(
      ctx, [&](io::Format f) { return io::render_evaluation(ev, name, f, lang); },
      [&](io::Format f) { return io::evaluation_files(ev, name, f, lang); }, inputs);
}

int cmd_run(Context& ctx, const std::string& study_arg, const ZoneOverrides& overrides) {
  auto loaded = load_study_inputs(ctx, study_arg);
  if (!loaded) return report_error(ctx, loaded.error());
  if (loaded->study.stage1_unavailable) return run_unrated(ctx, *loaded);
  auto ev = evaluate(loaded->method, loaded->periods);
  if (!ev) return report_error(ctx, ev.error());
  if (!ev->findings.empty()) {
    print_note(ctx, "the audit found " + std::to_string(ev->findings.size()) +
                        " inconsistencies in the published derived columns; `itzones validate` lists them");
  }
  if (!loaded->study.specialisation) return emit_evaluation(ctx, *ev, loaded->study.name, loaded->inputs);
  auto rule = zone_rule(loaded->study, overrides);
  if (!rule) return report_error(ctx, rule.error());
  auto zones = study_zones(ctx, *loaded, ev->ratings, *rule);
  if (!zones) return report_error(ctx, zones.error());
  note_specialisation(ctx, zones->specialisations);
  const std::string& name = loaded->study.name;
  const io::Lang lang = ctx.output.lang;
  const std::vector<Specialisation>& specs = zones->specialisations;
  const Zones& zoned = zones->zones;
  return emit_results(
      ctx, [&](io::Format f) { return io::render_run(*ev, name, specs, zoned, f, lang); },
      [&](io::Format f) { return io::run_files(*ev, name, specs, zoned, f, lang); }, loaded->inputs);
}

}  // namespace itzones::cli
