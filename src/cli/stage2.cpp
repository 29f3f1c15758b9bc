#include "stage2.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "itzones/measures.hpp"
#include "number_checks.hpp"
#include "published_shares_csv.hpp"
#include "shares_report.hpp"
#include "specialisation_inputs.hpp"

namespace itzones::cli {

CLI::App* add_specialize(CLI::App& app, SpecializeArgs& args) {
  CLI::App* sub = app.add_subcommand("specialize", "Specialisation and concentration measures of a region x industry CSV");
  sub->add_option("file", args.file, "CSV: long (region_id,industry,value[,year]), wide, or target-only")->required();
  sub->add_option("--industry", args.industry, "Target industry (default J; names the industry of a target-only table)");
  sub->add_option("--measures", args.measures, "Measure ids, comma-separated (default: all the input supports)")
      ->delimiter(',');
  sub->add_option("--year", args.year, "Only this year of a long file with a year column");
  sub->add_option("--missing", args.missing,
                  "Missing cells: error (default), zero, drop-region, drop-industry; with --stream only empty "
                  "or NA values, not cells without a row")
      ->check(CLI::IsMember({"error", "zero", "drop-region", "drop-industry"}));
  sub->add_option("--column", args.column, "Value column of a target-only table (default it_output)");
  sub->add_option("--period", args.period, "Name of the period of a file without a year column (default: none, shown as input)");
  return sub;
}

void add_zone_options(CLI::App* sub, ZoneOverrides& zones) {
  sub->add_option("--rating-threshold", zones.rating_threshold, "Zone rule: strong rating when index >= this")
      ->check(at_least(0));
  sub->add_option("--it-measure", zones.measure, "Zone rule: share_of_national_industry or location_quotient");
  sub->add_option("--it-threshold", zones.threshold, "Zone rule: strong specialisation when the measure >= this")
      ->check(at_least(0));
}

int emit_results(Context& ctx, const std::function<std::string(io::Format)>& render,
                 const std::function<std::vector<io::OutputFile>(io::Format)>& files,
                 const std::vector<std::string>& inputs) {
  const auto stamped = [&](std::string text, io::Format f) {
    return ctx.output.stamp ? io::stamped(std::move(text), f, *ctx.output.stamp) : text;
  };
  if (ctx.output.out_dir.empty() && ctx.output.check_dir.empty()) {
    const io::Format f = ctx.output.format.value_or(io::Format::table);
    ctx.out << stamped(render(f), f);
    return static_cast<int>(Exit::ok);
  }
  const std::vector<io::Format> formats = ctx.output.format
                                              ? std::vector<io::Format>{*ctx.output.format}
                                              : std::vector<io::Format>{io::Format::csv, io::Format::json, io::Format::md};
  std::vector<io::OutputFile> all;
  for (const io::Format f : formats) {
    for (auto& [name, content] : files(f)) all.emplace_back(name, stamped(std::move(content), f));
  }
  if (!ctx.output.check_dir.empty()) return check_files(ctx, all, inputs);
  return write_files(ctx, all, inputs);
}

void note_specialisation(Context& ctx, const std::vector<Specialisation>& periods) {
  const bool csv = ctx.output.format ? *ctx.output.format == io::Format::csv
                                     : !ctx.output.out_dir.empty() || !ctx.output.check_dir.empty();
  if (!csv) return;
  for (const Specialisation& s : periods) {
    for (const std::string& n : s.notes) print_note(ctx, s.period.empty() ? n : s.period + ": " + n);
  }
}

Result<std::vector<Specialisation>> study_specialisation(Context& ctx, LoadedStudy& loaded,
                                                         std::vector<BoundaryMapping>* merges) {
  if (!loaded.study.specialisation) {
    return fail(Diagnostic{loaded.path, 0, {}, "the study has no \"specialisation\" member (stage 2 data)"});
  }
  const SpecialisationStudy& spec = *loaded.study.specialisation;
  auto matrices = io::load_specialisation(spec, ctx.table);
  if (!matrices) return fail(matrices.error());
  auto merged = fit_matrices(loaded.regions, *matrices);
  if (!merged) return fail(merged.error());
  if (merges != nullptr) {
    *merges = std::move(*merged);
  } else {
    note_merges(ctx, loaded.regions, *merged);
  }
  std::vector<Specialisation> out;
  for (const IndustryMatrix& m : *matrices) {
    auto s = specialise(m, SpecialisationRequest{spec.industry, {}});
    if (!s) return fail(s.error());
    out.push_back(std::move(*s));
  }
  for (const SpecialisationPeriod& p : spec.periods) loaded.inputs.push_back(p.file);
  if (!spec.published.empty()) loaded.inputs.push_back(spec.published);
  return out;
}

Result<ZoneRule> zone_rule(const Study& study, const ZoneOverrides& overrides) {
  ZoneRule rule = study.zone_rule;
  if (overrides.rating_threshold) rule.rating_threshold = *overrides.rating_threshold;
  if (overrides.threshold) rule.measure_threshold = *overrides.threshold;
  if (!overrides.measure.empty()) {
    const auto measure = find_measure(overrides.measure);
    if (!measure) return fail(fmt::format("--it-measure: unknown measure \"{}\"", overrides.measure));
    rule.measure = *measure;
  }
  return rule;
}

Result<bool> reproduce_shares_into(Context& ctx, LoadedStudy& loaded, io::Format format, std::string& text) {
  if (!loaded.study.specialisation || loaded.study.specialisation->published.empty()) return true;
  auto specs = study_specialisation(ctx, loaded);
  if (!specs) return fail(specs.error());
  const SpecialisationStudy& spec = *loaded.study.specialisation;
  auto published = io::load_published_shares(spec.published, spec.columns, ctx.table);
  if (!published) return fail(published.error());
  const ShareReproduction r = reproduce_shares(*specs, *published, spec.known_inconsistencies);
  append_check(
      text, format, "shares", io::shares_json(r),
      [&](io::Headers headers) { return io::shares_table(r, ctx.output.lang, headers); }, io::shares_summary(r));
  return r.ok;
}

void append_check(std::string& text, io::Format format, const std::string& key, const std::string& json,
                  const std::function<io::TextTable(io::Headers)>& table, const std::string& summary) {
  if (format == io::Format::json) {
    auto doc = nlohmann::ordered_json::parse(text);
    doc[key] = nlohmann::ordered_json::parse(json);
    text = doc.dump(2) + "\n";
    return;
  }
  const bool machine = format == io::Format::csv;
  const auto render = machine ? io::render_csv : format == io::Format::md ? io::render_markdown : io::render_text;
  text += "\n" + render(table(machine ? io::Headers::ids : io::Headers::labels));
  if (!machine) text += "\n" + summary;
}

}  // namespace itzones::cli
