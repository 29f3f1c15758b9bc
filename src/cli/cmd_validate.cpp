#include <algorithm>

#include "commands.hpp"
#include "inputs.hpp"

namespace itzones::cli {
namespace {

// One period from files, or every period of a study (none given: the bundled one, as `run`
// and `reproduce` do), with the files read.
Result<std::pair<std::vector<PeriodInput>, Method>> load_inputs(Context& ctx,
                                                                const std::vector<std::string>& inputs,
                                                                const std::string& method_id,
                                                                const std::string& period) {
  if (inputs.empty() || (inputs.size() == 1 && inputs.front().ends_with(".json"))) {
    auto loaded = load_study_inputs(ctx, inputs.empty() ? std::string() : inputs.front());
    if (!loaded) return fail(loaded.error());
    return std::pair{std::move(loaded->periods), std::move(loaded->method)};
  }
  auto method = io::find_method(method_id);
  if (!method) return fail(method.error());
  auto input = io::load_period(period, inputs, *method, ctx.table);
  if (!input) return fail(input.error());
  return std::pair{std::vector<PeriodInput>{std::move(*input)}, std::move(*method)};
}

}  // namespace

int cmd_validate(Context& ctx, const std::vector<std::string>& inputs, const std::string& method_id,
                 const std::string& period) {
  auto loaded = load_inputs(ctx, inputs, method_id, period);
  if (!loaded) return report_error(ctx, loaded.error());
  // Rating surfaces what the loader cannot see alone: negative values, zero denominators, ...
  auto ev = evaluate(loaded->second, loaded->first);
  if (!ev) return report_error(ctx, ev.error());

  const io::TextTable table = io::findings_table(ev->findings, ctx.output.lang, io::Headers::labels);
  const io::Format format = ctx.output.format.value_or(io::Format::table);
  std::string text;
  std::string file = "audit.txt";
  switch (format) {
    case io::Format::table: text = io::render_text(table); break;
    case io::Format::md: text = io::render_markdown(table), file = "audit.md"; break;
    case io::Format::csv:
      text = io::render_csv(io::findings_table(ev->findings, ctx.output.lang, io::Headers::ids));
      file = "audit.csv";
      break;
    case io::Format::json: text = io::findings_json(ev->findings), file = "audit.json"; break;
  }
  const auto mismatches = std::count_if(ev->findings.begin(), ev->findings.end(),
                                        [](const AuditFinding& f) { return f.kind == FindingKind::mismatch; });
  if (!ctx.output.out_dir.empty()) {
    if (const int code = write_files(ctx, {{file, text}}, inputs); code != 0) return code;
  } else {
    ctx.out << text;
  }
  ctx.err << "itzones: validate: " << mismatches << " mismatches, "
          << ev->findings.size() - static_cast<std::size_t>(mismatches) << " precision findings\n";
  return mismatches > 0 ? static_cast<int>(Exit::check_failed) : static_cast<int>(Exit::ok);
}

}  // namespace itzones::cli
