#include "commands.hpp"

namespace itzones::cli {

int emit_evaluation(Context& ctx, const Evaluation& ev, const std::string& name,
                    const std::vector<std::string>& inputs) {
  if (ctx.output.out_dir.empty()) {
    ctx.out << io::render_evaluation(ev, name, ctx.output.format.value_or(io::Format::table), ctx.output.lang);
    return static_cast<int>(Exit::ok);
  }
  const std::vector<io::Format> formats =
      ctx.output.format ? std::vector<io::Format>{*ctx.output.format}
                        : std::vector<io::Format>{io::Format::csv, io::Format::json, io::Format::md};
  std::vector<io::OutputFile> files;
  for (const io::Format f : formats) {
    auto more = io::evaluation_files(ev, name, f, ctx.output.lang);
    files.insert(files.end(), more.begin(), more.end());
  }
  return write_files(ctx, files, inputs);
}

int cmd_run(Context& ctx, const std::string& study_arg) {
  auto loaded = load_study_inputs(ctx, study_arg);
  if (!loaded) return report_error(ctx, loaded.error());
  auto ev = evaluate(loaded->method, loaded->periods);
  if (!ev) return report_error(ctx, ev.error());
  if (!ev->findings.empty()) {
    ctx.err << "itzones: note: the audit found " << ev->findings.size()
            << " inconsistencies in the published derived columns; `itzones validate` lists them\n";
  }
  return emit_evaluation(ctx, *ev, loaded->study.name, loaded->inputs);
}

}  // namespace itzones::cli
