#include "stage2.hpp"
#include "study_zones.hpp"
#include "zones_report.hpp"

namespace itzones::cli {

int cmd_zones(Context& ctx, const std::string& study_arg, const ZoneOverrides& overrides) {
  auto loaded = load_study_inputs(ctx, study_arg);
  if (!loaded) return report_error(ctx, loaded.error());
  auto rule = zone_rule(loaded->study, overrides);
  if (!rule) return report_error(ctx, rule.error());
  auto ev = evaluate(loaded->method, loaded->periods);
  if (!ev) return report_error(ctx, ev.error());
  auto zones = study_zones(ctx, *loaded, ev->ratings, *rule);
  if (!zones) return report_error(ctx, zones.error());
  const Zones& zoned = zones->zones;
  const io::Lang lang = ctx.output.lang;
  return emit_results(
      ctx, [&](io::Format f) { return io::render_zones(zoned, f, lang); },
      [&](io::Format f) { return io::zones_files(zoned, f, lang); }, loaded->inputs);
}

}  // namespace itzones::cli
