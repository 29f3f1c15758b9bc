#include <thread>

#include "analysis_commands.hpp"
#include "method_json.hpp"
#include "number_checks.hpp"
#include "progress_line.hpp"
#include "robustness_report.hpp"
#include "stage2.hpp"

namespace itzones::cli {
namespace {

// The options of the command line as the core takes them.
Result<RobustnessOptions> options_from(const RobustnessArgs& args) {
  RobustnessOptions o;
  o.runs = args.runs;
  o.seed = args.seed;
  o.weights = args.weights == "nominal"   ? WeightDraw::nominal
              : args.weights == "uniform" ? WeightDraw::uniform
                                          : WeightDraw::dirichlet;
  o.spread = args.spread;
  o.concentration = args.concentration;
  o.threads = args.threads != 0 ? args.threads : std::max(1U, std::thread::hardware_concurrency());
  for (const std::string& spec : args.normalisations) {
    auto n = io::parse_normalisation(spec);
    if (!n) return fail(n.error());
    o.normalisations.push_back(*n);
  }
  for (const std::string& spec : args.aggregations) {
    auto a = io::parse_aggregation(spec);
    if (!a) return fail(a.error());
    o.aggregations.push_back(*a);
  }
  return o;
}

}  // namespace

CLI::App* add_robustness(CLI::App& app, RobustnessArgs& args) {
  CLI::App* sub = app.add_subcommand(
      "robustness", "How each region's rank and class hold up when weights, normalisation and aggregation vary");
  sub->add_option("study", args.study, "study.json (default: the bundled study)");
  sub->add_option("--period", args.period, "The period to analyse (default: the study's last)");
  sub->add_option("--runs", args.runs, "Number of random rebuilds (default 1000)")->check(at_least(1));
  sub->add_option("--seed", args.seed, "Seed of the random draws (default 1)");
  sub->add_option("--weights", args.weights, "Weight draws: uniform (default), dirichlet or nominal")
      ->check(CLI::IsMember({"uniform", "dirichlet", "nominal"}));
  sub->add_option("--spread", args.spread, "Uniform draws: each weight times 1 + U(-s, s) (default 0.25)")
      ->check(CLI::Range(0.0, 0.999));
  sub->add_option("--concentration", args.concentration,
                  "Dirichlet draws: larger keeps shares nearer the nominal (default 10)")
      ->check(greater_than(0));
  sub->add_option("--normalisations", args.normalisations,
                  "Normalisations to draw from, comma-separated: percent_of_best, min_max[:l:u], z_score, rank, "
                  "percentile_rank, goalposts:l:u (default: the method's)")
      ->delimiter(',');
  sub->add_option("--aggregations", args.aggregations,
                  "Aggregations to draw from, comma-separated: arithmetic, geometric, harmonic, or one per level "
                  "as a/b (default: the method's)")
      ->delimiter(',');
  sub->add_option("--threads", args.threads, "Worker threads (default: every core); results do not depend on it")
      ->check(at_least(0));
  return sub;
}

int cmd_robustness(Context& ctx, const RobustnessArgs& args) {
  auto options = options_from(args);
  if (!options) return report_error(ctx, options.error());
  auto loaded = load_study_inputs(ctx, args.study);
  if (!loaded) return report_error(ctx, loaded.error());
  auto input = study_period(*loaded, args.period);
  if (!input) return report_error(ctx, input.error());
  auto result = [&] {
    ProgressLine line(ctx.err, ctx.terminal.progress, "robustness", "runs");
    return robustness((*input)->table, loaded->method, (*input)->period, *options,
                      [&](std::size_t done, std::size_t total) { line.update(done, total); });
  }();
  if (!result) return report_error(ctx, result.error());
  for (const Normalisation& n : result->options.normalisations) {
    if (n.kind == NormalisationKind::z_score || n.kind == NormalisationKind::rank) {
      print_note(ctx, describe(n) +
                          " scores are not on the 0-100 scale of the class bands; class probabilities count them as they fall");
    }
  }
  const Method& method = loaded->method;
  return emit_results(
      ctx, [&](io::Format f) { return io::render_robustness(*result, method, f, ctx.output.lang); },
      [&](io::Format f) { return io::robustness_files(*result, method, f, ctx.output.lang); }, loaded->inputs);
}

}  // namespace itzones::cli
