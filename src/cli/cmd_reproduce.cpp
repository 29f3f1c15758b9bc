#include <fmt/format.h>

#include "changes_report.hpp"
#include "commands.hpp"
#include "inputs.hpp"
#include "itzones/reproduce.hpp"
#include "stage2.hpp"

namespace itzones::cli {

int cmd_reproduce(Context& ctx, const std::string& study_arg) {
  auto loaded = load_study_inputs(ctx, study_arg);
  if (!loaded) return report_error(ctx, loaded.error());
  if (loaded->study.published.empty()) {
    return report_error(ctx, Diagnostic{loaded->path, 0, {}, "the study names no published table (\"published\": {\"file\": ...})"});
  }
  std::vector<std::string> period_ids;
  std::vector<PeriodRating> ratings;
  for (const PeriodInput& p : loaded->periods) {
    auto rating = rate(p.table, loaded->method, p.period);
    if (!rating) return report_error(ctx, rating.error());
    ratings.push_back(std::move(*rating));
    period_ids.push_back(p.period);
  }
  auto published = io::load_published_table(loaded->study.published, period_ids, ctx.table);
  if (!published) return report_error(ctx, published.error());
  const Reproduction r = reproduce(loaded->method, ratings, published->scores, loaded->study.tolerance,
                                   loaded->study.known_inconsistencies);

  std::string summary;
  for (const PeriodSummary& p : r.periods) {
    summary += fmt::format("{}: {} of {} indices within {}, {} of {} classes equal, largest difference "
                           "outside known inconsistencies {:.4f}\n",
                           p.period, p.within_tolerance, p.regions, p.tolerance, p.classes_equal,
                           p.regions, p.max_difference);
  }
  for (const std::string& problem : r.problems) summary += "problem: " + problem + "\n";
  summary += r.ok ? "reproduction: OK\n" : "reproduction: FAILED (rows marked DRIFT)\n";

  const io::Format format = ctx.output.format.value_or(io::Format::table);
  std::string text;
  std::string file;
  switch (format) {
    case io::Format::table:
      text = io::render_text(io::reproduction_table(r, ctx.output.lang, io::Headers::labels)) + "\n" + summary;
      file = "reproduction.txt";
      break;
    case io::Format::md:
      text = io::render_markdown(io::reproduction_table(r, ctx.output.lang, io::Headers::labels)) + "\n" + summary;
      file = "reproduction.md";
      break;
    case io::Format::csv:
      text = io::render_csv(io::reproduction_table(r, ctx.output.lang, io::Headers::ids));
      file = "reproduction.csv";
      break;
    case io::Format::json:
      text = io::reproduction_json(r);
      file = "reproduction.json";
      break;
  }
  if (!published->changes.empty()) {
    const ChangeCheck changes = check_changes(period_ids.front(), period_ids.back(), published->changes,
                                              published->scores, ratings, loaded->study.tolerance,
                                              loaded->study.known_inconsistencies);
    // A finding about the source: it never changes the exit status.
    append_check(
        text, format, "changes", io::changes_json(changes),
        [&](io::Headers headers) { return io::changes_table(changes, ctx.output.lang, headers); },
        io::changes_summary(changes));
  }
  const auto shares_ok = reproduce_shares_into(ctx, *loaded, format, text);  // stage 2: Table 7
  if (!shares_ok) return report_error(ctx, shares_ok.error());
  if (!ctx.output.out_dir.empty()) {
    if (const int code = write_files(ctx, {{file, text}}, loaded->inputs); code != 0) return code;
  } else {
    ctx.out << text;
  }
  return r.ok && *shares_ok ? static_cast<int>(Exit::ok) : static_cast<int>(Exit::check_failed);
}

}  // namespace itzones::cli
