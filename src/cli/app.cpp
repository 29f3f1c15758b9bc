#include "app.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

#include "analysis_commands.hpp"
#include "commands.hpp"
#include "environment.hpp"
#include "panel_command.hpp"
#include "reference_command.hpp"
#include "report_command.hpp"
#include "stage2.hpp"

namespace itzones::cli {

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Terminal& terminal) {
  CLI::App app{"itzones: innovation rating and IT specialisation of regions (Kireyeva, 2017)", "itzones"};
  app.set_version_flag("--version", std::string("itzones ") + ITZONES_VERSION);
  app.require_subcommand(1);

  std::string format;
  std::string out_dir;
  std::string lang = "en";
  std::string sep;
  std::string decimal;
  std::string study;
  std::vector<std::string> files;
  std::string method = "kireyeva2017";
  std::string period = "input";

  const std::map<std::string, char> separators = {{",", ','}, {";", ';'}, {"tab", '\t'}, {"\\t", '\t'}};
  // --lang, --sep and --decimal; add_common adds them with --format and -o as a folder.
  const auto add_reading = [&](CLI::App* sub) {
    sub->add_option("--lang", lang, "Language of labels")->check(CLI::IsMember({"en", "ru"}));
    sub->add_option("--sep", sep, "CSV separator: ',', ';' or tab (default: detected)")
        ->check(CLI::IsMember({",", ";", "tab", "\\t"}));
    sub->add_option("--decimal", decimal,
                    "Decimal mark of the inputs: comma or point (the other one then groups thousands; "
                    "default: either, one per file)")
        ->check(CLI::IsMember({"comma", "point"}));
  };
  const auto add_common = [&](CLI::App* sub, const std::vector<std::string>& formats) {
    sub->add_option("--format", format, "Output format")->check(CLI::IsMember(formats));
    sub->add_option("-o,--output", out_dir, "Write files into this folder instead of printing");
    add_reading(sub);
  };
  const std::vector<std::string> k_formats = {"table", "csv", "json", "md"};

  CLI::App* run = app.add_subcommand("run", "Rate every period of a study (default: the bundled Kazakhstan study)");
  run->add_option("study", study, "study.json");
  add_common(run, {"table", "csv", "json", "md", "html"});
  std::string check_dir;
  CLI::Option* check = run->add_option("--check", check_dir,
                                       "Compare the outputs -o would write (for --format) with the files in this "
                                       "folder: print a diff and exit 1 if they differ; writes nothing")
                           ->excludes(run->get_option("--output"));
  bool stamp = false;
  run->add_flag("--stamp", stamp, "Add the program version and the time (UTC) to Markdown, JSON and HTML outputs")
      ->excludes(check);

  CLI::App* rate = app.add_subcommand("rate", "Rate one period given as one or more CSV files");
  rate->add_option("files", files, "CSV files of one period, joined on region_id")->required();
  rate->add_option("--method", method, "Built-in method id, or a method file ending in .json");
  rate->add_option("--period", period, "Name of the period in the output");
  add_common(rate, k_formats);

  CLI::App* validate = app.add_subcommand("validate", "Check inputs and audit published derived columns");
  validate->add_option("inputs", files, "CSV files of one period, or one study.json (default: the bundled study)");
  validate->add_option("--method", method, "Built-in method id, or a method file ending in .json");
  validate->add_option("--period", period, "Name of the period in messages");
  add_common(validate, k_formats);
  ReferenceArgs reference_args;
  add_reference_options(validate, reference_args);

  ZoneOverrides zone_overrides;
  add_zone_options(run, zone_overrides);

  SpecializeArgs specialize_args;
  CLI::App* specialize = add_specialize(app, specialize_args);
  add_common(specialize, k_formats);
  PanelArgs panel_args;
  add_panel_options(specialize, panel_args);

  CLI::App* zones = app.add_subcommand("zones", "Recommended IT-cluster zones of a study (default: the bundled one)");
  zones->add_option("study", study, "study.json");
  add_common(zones, k_formats);
  add_zone_options(zones, zone_overrides);

  CLI::App* reproduce = app.add_subcommand("reproduce", "Compare computed ratings with the published table");
  reproduce->add_option("study", study, "study.json");
  add_common(reproduce, k_formats);

  MethodsArgs methods_args;
  CLI::App* methods = add_methods(app, methods_args);
  RobustnessArgs robustness_args;
  CLI::App* robustness = add_robustness(app, robustness_args);
  StatsArgs stats_args;
  CLI::App* stats = add_stats(app, stats_args);
  for (CLI::App* sub : {methods, robustness, stats}) add_common(sub, k_formats);

  ReportArgs report_args;
  CLI::App* report = add_report(app, report_args);
  add_reading(report);
  add_zone_options(report, zone_overrides);

  std::string boundaries;
  for (CLI::App* sub : {run, zones, reproduce, report}) {
    sub->add_option("--boundaries", boundaries,
                    "Results on the regions of this year (e.g. 2014: newer regions summed into their parents), "
                    "or none (default: the study's)");
  }

  // CLI11 reports an unknown command as "A subcommand is required"; name it and the commands instead.
  if (!args.empty() && !args.front().starts_with('-')) {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
    if (std::find(names.begin(), names.end(), args.front()) == names.end()) {
      err << fmt::format("itzones: error: unknown command \"{}\" (commands: {})\nRun with --help for more information.\n",
                         args.front(), fmt::join(names, ", "));
      return static_cast<int>(Exit::input_error);
    }
  }

  try {
    app.parse(std::vector<std::string>(args.rbegin(), args.rend()));
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e, out, err);  // --help, --version
    err << "itzones: error: " << e.what() << "\nRun with --help for more information.\n";
    return static_cast<int>(Exit::input_error);
  }

  Context ctx{out, err, {}, {}, {}, terminal};
  if (!sep.empty()) ctx.table.dialect.separator = separators.at(sep);
  if (!decimal.empty()) ctx.table.decimal = decimal == "comma" ? DecimalMark::comma : DecimalMark::point;
  if (!format.empty() && format != "html") {
    const std::map<std::string, io::Format> formats = {
        {"table", io::Format::table}, {"csv", io::Format::csv}, {"json", io::Format::json}, {"md", io::Format::md}};
    ctx.output.format = formats.at(format);
  }
  ctx.output.out_dir = out_dir;
  ctx.output.check_dir = check_dir;
  if (stamp) ctx.output.stamp = stamp_now();
  ctx.output.lang = lang == "ru" ? io::Lang::ru : io::Lang::en;
  ctx.boundaries = boundaries;

  if (report->parsed()) return cmd_report(ctx, report_args, zone_overrides);
  if (run->parsed() && format == "html") return cmd_report(ctx, run_report_args(study, out_dir), zone_overrides);
  if (run->parsed()) return cmd_run(ctx, study, zone_overrides);
  if (specialize->parsed() && panel_args.stream) {
    return cmd_specialize_panel(ctx, specialize_args, specialize->count("--industry") > 0, panel_args);
  }
  if (specialize->parsed()) return cmd_specialize(ctx, specialize_args);
  if (zones->parsed()) return cmd_zones(ctx, study, zone_overrides);
  if (rate->parsed()) return cmd_rate(ctx, files, method, period);
  if (validate->parsed() && !reference_args.reference.empty()) return cmd_check_reference(ctx, files, reference_args);
  if (validate->parsed()) return cmd_validate(ctx, files, method, period);
  if (methods->parsed()) return cmd_methods(ctx, methods_args);
  if (robustness->parsed()) return cmd_robustness(ctx, robustness_args);
  if (stats->parsed()) return cmd_stats(ctx, stats_args);
  return cmd_reproduce(ctx, study);
}

}  // namespace itzones::cli
