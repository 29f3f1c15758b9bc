#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analysis_commands.hpp"
#include "stage2.hpp"
#include "stats_report.hpp"

namespace itzones::cli {

Result<const PeriodInput*> study_period(const LoadedStudy& loaded, const std::string& name) {
  if (name.empty()) return &loaded.periods.back();
  std::vector<std::string> names;
  for (const PeriodInput& p : loaded.periods) {
    if (p.period == name) return &p;
    names.push_back(p.period);
  }
  return fail(Diagnostic{loaded.path, 0, {},
                         fmt::format("no period \"{}\" (the study has {})", name, fmt::join(names, ", "))});
}

CLI::App* add_stats(CLI::App& app, StatsArgs& args) {
  CLI::App* sub = app.add_subcommand("stats", "Statistical audit of the indicators: coverage, skewness, kurtosis, "
                                              "outliers, correlations (default: the bundled study)");
  sub->add_option("study", args.study, "study.json");
  sub->add_option("--period", args.period, "The period to audit (default: the study's last)");
  return sub;
}

int cmd_stats(Context& ctx, const StatsArgs& args) {
  auto loaded = load_study_inputs(ctx, args.study);
  if (!loaded) return report_error(ctx, loaded.error());
  auto input = study_period(*loaded, args.period);
  if (!input) return report_error(ctx, input.error());
  auto stats = indicator_stats((*input)->table, loaded->method, (*input)->period);
  if (!stats) return report_error(ctx, stats.error());
  return emit_results(
      ctx, [&](io::Format f) { return io::render_stats(*stats, f, ctx.output.lang); },
      [&](io::Format f) { return io::stats_files(*stats, f, ctx.output.lang); }, loaded->inputs);
}

}  // namespace itzones::cli
