#include "analysis_commands.hpp"
#include "method_json.hpp"
#include "methods_list.hpp"
#include "stage2.hpp"

namespace itzones::cli {

CLI::App* add_methods(CLI::App& app, MethodsArgs& args) {
  CLI::App* sub = app.add_subcommand("methods", "List the built-in methods, and check and list method files");
  sub->add_option("files", args.files, "method.json files to check");
  return sub;
}

int cmd_methods(Context& ctx, const MethodsArgs& args) {
  std::vector<Method> methods = builtin_methods();
  for (const std::string& file : args.files) {
    auto method = io::load_method(file);
    if (!method) return report_error(ctx, method.error());
    methods.push_back(std::move(*method));
  }
  return emit_results(
      ctx, [&](io::Format f) { return io::render_methods(methods, f, ctx.output.lang); },
      [&](io::Format f) { return io::methods_files(methods, f, ctx.output.lang); }, args.files);
}

}  // namespace itzones::cli
