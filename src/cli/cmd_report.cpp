#include <algorithm>
#include <filesystem>
#include <thread>

#include "files.hpp"
#include "html_report.hpp"
#include "itzones/robustness.hpp"
#include "number_checks.hpp"
#include "report_command.hpp"
#include "sha256.hpp"
#include "stage2.hpp"
#include "study_zones.hpp"
#include "unrated_command.hpp"

namespace itzones::cli {
namespace fs = std::filesystem;
namespace {

std::string generator() { return std::string("itzones ") + ITZONES_VERSION; }

// The time of `run --stamp`, or "" for a page without one.
std::string stamp_time(const Context& ctx) { return ctx.output.stamp ? ctx.output.stamp->time : std::string(); }

// `path` as the page names it: relative to the study's folder, so the page does not depend on
// where the checkout is or from where the command was run.
std::string page_name(const std::string& path, const fs::path& study_dir) {
  const fs::path relative = fs::absolute(path).lexically_normal().lexically_relative(study_dir);
  return relative.empty() ? path : relative.generic_string();
}

// Each file read once, in the order first read, with its size and digest.
Result<std::vector<io::InputFile>> describe_inputs(const std::vector<std::string>& paths, const fs::path& study_dir) {
  std::vector<io::InputFile> out;
  std::vector<std::string> seen;
  for (const std::string& path : paths) {
    const std::string name = page_name(path, study_dir);
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
    seen.push_back(name);
    auto bytes = io::read_file(path);
    if (!bytes) return fail(bytes.error());
    out.push_back({name, bytes->size(), io::sha256_hex(*bytes)});
  }
  return out;
}

// The study as the page shows it: its files named relative to its folder.
Study page_study(Study study, const fs::path& study_dir) {
  for (PeriodFiles& p : study.periods) {
    for (std::string& f : p.files) f = page_name(f, study_dir);
  }
  if (!study.published.empty()) study.published = page_name(study.published, study_dir);
  return study;
}

// The administrative centres: regions.csv beside the study, else the bundled Kazakhstan table.
// Returns the file read, or nullopt when there is none.
std::optional<std::string> places_path(const fs::path& study_dir) {
  std::error_code ec;
  if (fs::is_regular_file(study_dir / "regions.csv", ec)) return (study_dir / "regions.csv").string();
  return bundled_data_file("kazakhstan/regions.csv");
}

Result<io::BoundarySource> load_boundaries(const ReportArgs& args, const std::vector<Region>& regions,
                                           const fs::path& study_dir) {
  auto text = io::read_file(args.map);
  if (!text) return fail(text.error());
  auto features = io::parse_geojson(*text, args.map);
  if (!features) return fail(features.error());
  io::BoundarySource b;
  b.file = page_name(args.map, study_dir);
  b.match.key = args.map_key;
  b.attribution = args.map_attribution;
  b.outlines = io::make_outlines(*features, regions, b.match, args.map_tolerance);
  return b;
}

// The latest period's robustness with the method's own normalisation and aggregation and
// weights drawn uniformly around the nominal; the seed makes it the same on every run.
Result<Robustness> latest_robustness(const LoadedStudy& loaded, const ReportArgs& args) {
  RobustnessOptions options;
  options.runs = args.robustness_runs;
  options.seed = args.robustness_seed;
  options.threads = std::max(1U, std::thread::hardware_concurrency());
  const PeriodInput& latest = loaded.periods.back();
  return robustness(latest.table, loaded.method, latest.period, options);
}

Result<io::Report> build_report(Context& ctx, LoadedStudy& loaded, const ReportArgs& args,
                                const ZoneOverrides& overrides) {
  const fs::path study_dir = fs::absolute(loaded.path).lexically_normal().parent_path();
  io::Report report;
  report.generator = generator();
  report.stamp = stamp_time(ctx);
  auto ev = evaluate(loaded.method, loaded.periods);
  if (!ev) return fail(ev.error());
  report.evaluation = std::move(*ev);
  const std::vector<PeriodRating>& ratings = report.evaluation.ratings;
  if (loaded.study.specialisation) {
    auto rule = zone_rule(loaded.study, overrides);
    if (!rule) return fail(rule.error());
    auto zones = study_zones(ctx, loaded, ratings, *rule);
    if (!zones) return fail(zones.error());
    report.specialisations = std::move(zones->specialisations);
    report.zones = std::move(zones->zones);
  }
  if (args.robustness_runs > 0) {
    auto r = latest_robustness(loaded, args);
    if (!r) return fail(r.error());
    report.robustness = std::move(*r);
  }
  std::vector<std::string> inputs = loaded.inputs;
  if (!args.map.empty()) {
    std::vector<Region> regions;
    for (const RegionScore& s : ratings.back().regions) regions.push_back(s.region);
    auto boundaries = load_boundaries(args, regions, study_dir);
    if (!boundaries) return fail(boundaries.error());
    report.boundaries = std::move(*boundaries);
    inputs.push_back(args.map);
  } else if (auto places_file = places_path(study_dir)) {
    auto text = io::read_file(*places_file);
    if (!text) return fail(text.error());
    auto places = io::parse_region_places(*text, *places_file, {});
    if (!places) return fail(places.error());
    report.places = std::move(*places);
    report.places_file = page_name(*places_file, study_dir);
    inputs.push_back(*places_file);
  }
  auto described = describe_inputs(inputs, study_dir);
  if (!described) return fail(described.error());
  report.inputs = std::move(*described);
  report.study = page_study(loaded.study, study_dir);
  return report;
}

// The page of a study with a rating; map warnings also go to stderr.
Result<std::string> rated_page(Context& ctx, LoadedStudy& loaded, const ReportArgs& args, const ZoneOverrides& zones) {
  auto report = build_report(ctx, loaded, args, zones);
  if (!report) return fail(report.error());
  for (const std::string& w : io::report_warnings(*report, io::Lang::en)) ctx.err << "itzones: warning: " << w << "\n";
  return io::html_report(*report, ctx.output.lang);
}

// The page of a study without stage-1 inputs: its specialisation over time.
Result<std::string> unrated_page(Context& ctx, LoadedStudy& loaded) {
  auto run = unrated_run(ctx, loaded);
  if (!run) return fail(run.error());
  auto inputs = describe_inputs(loaded.inputs, fs::absolute(loaded.path).lexically_normal().parent_path());
  if (!inputs) return fail(inputs.error());
  return io::html_unrated_report(*run, *inputs, generator(), stamp_time(ctx), ctx.output.lang);
}

}  // namespace

CLI::App* add_report(CLI::App& app, ReportArgs& args) {
  CLI::App* sub = app.add_subcommand(
      "report", "One self-contained HTML page of a study: charts, maps, tables, method, inputs (default: bundled study)");
  sub->add_option("study", args.study, "study.json");
  sub->add_option("-o,--output", args.output, "The HTML file to write (default: stdout)");
  sub->add_option("--map", args.map, "A GeoJSON file of region boundaries for the maps (default: a schematic map)");
  sub->add_option("--map-key", args.map_key,
                  "The feature property holding the region_id (default ISO3166-2); features without it are "
                  "matched by name");
  sub->add_option("--map-attribution", args.map_attribution,
                  "Printed under each map, e.g. \"© OpenStreetMap contributors\"");
  sub->add_option("--map-tolerance", args.map_tolerance,
                  "Douglas-Peucker tolerance of the boundaries, in degrees (default 0.02)")
      ->check(at_least(0));
  sub->add_option("--robustness-runs", args.robustness_runs,
                  "Random rebuilds behind the robustness chart (default 200; 0: no chart)");
  sub->add_option("--robustness-seed", args.robustness_seed, "Seed of those rebuilds (default 1)");
  return sub;
}

ReportArgs run_report_args(const std::string& study, const std::string& out_dir) {
  ReportArgs args;
  args.study = study;
  if (!out_dir.empty()) args.output = (fs::path(out_dir) / "report.html").string();
  return args;
}

int cmd_report(Context& ctx, const ReportArgs& args, const ZoneOverrides& zones) {
  auto loaded = load_study_inputs(ctx, args.study);
  if (!loaded) return report_error(ctx, loaded.error());
  auto page = loaded->study.stage1_unavailable ? unrated_page(ctx, *loaded) : rated_page(ctx, *loaded, args, zones);
  if (!page) return report_error(ctx, page.error());
  std::vector<std::string> inputs = loaded->inputs;
  if (!args.map.empty()) inputs.push_back(args.map);
  if (!ctx.output.check_dir.empty()) return check_files(ctx, {{"report.html", *page}}, inputs);
  if (args.output.empty()) {
    ctx.out << *page;
    return static_cast<int>(Exit::ok);
  }
  const fs::path target(args.output);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const std::vector<fs::path> input_paths(inputs.begin(), inputs.end());
  if (auto written = io::write_outputs(dir, {{target.filename().string(), *page}}, input_paths); !written) {
    return report_error(ctx, written.error());
  }
  ctx.out << args.output << "\n";
  return static_cast<int>(Exit::ok);
}

}  // namespace itzones::cli
