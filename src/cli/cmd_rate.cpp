#include "commands.hpp"
#include "inputs.hpp"

namespace itzones::cli {

int cmd_rate(Context& ctx, const std::vector<std::string>& files, const std::string& method_id,
             const std::string& period) {
  auto method = io::find_method(method_id);
  if (!method) return report_error(ctx, method.error());
  auto input = io::load_period(period, files, *method, ctx.table);
  if (!input) return report_error(ctx, input.error());
  auto ev = evaluate(*method, {*input});
  if (!ev) return report_error(ctx, ev.error());
  return emit_evaluation(ctx, *ev, period, files);
}

}  // namespace itzones::cli
