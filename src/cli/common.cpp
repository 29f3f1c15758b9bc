#include <unistd.h>

#include <array>
#include <filesystem>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "check.hpp"
#include "commands.hpp"
#include "files.hpp"
#include "inputs.hpp"
#include "line_diff.hpp"
#include "study_json.hpp"

namespace itzones::cli {
namespace fs = std::filesystem;

int report_error(Context& ctx, const Diagnostic& diagnostic) {
  ctx.err << to_string(diagnostic) << "\n";
  return static_cast<int>(Exit::input_error);
}

void print_note(Context& ctx, const std::string& text) { ctx.err << "itzones: note: " << text << "\n"; }

namespace {

fs::path executable_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

// An unknown method id or an unreadable method file is the study's mistake, so the message names
// the study and its key; errors inside a method file keep that file's own location.
Diagnostic in_study_key(const std::string& study, const std::string& key, const Diagnostic& error) {
  if (error.line != 0 || !(error.file.empty() || error.message.starts_with("cannot read"))) return error;
  const std::string what = error.file.empty() ? error.message : error.file + ": " + error.message;
  return Diagnostic{study, 0, {}, fmt::format("at {}: {}", key, what)};
}

}  // namespace

std::optional<std::string> bundled_data_file(const std::string& relative) {
  // Installed, next to a build folder inside the checkout, or the checkout this was built from.
  const fs::path exe_dir = executable_dir();
  const std::array<fs::path, 3> candidates = {
      exe_dir / "../share/itzones" / relative,
      exe_dir / "../data" / relative,
      fs::path(ITZONES_SOURCE_DATA_DIR) / relative,
  };
  std::error_code ec;
  for (const fs::path& c : candidates) {
    if (fs::is_regular_file(c, ec)) return c.lexically_normal().string();
  }
  return std::nullopt;
}

Result<std::string> study_path(const std::string& path) {
  if (!path.empty()) return path;
  if (auto bundled = bundled_data_file("kazakhstan/study.json")) return *bundled;
  return fail("the bundled study was not found next to the binary nor in " ITZONES_SOURCE_DATA_DIR
              "; give the path of a study.json");
}

int write_files(Context& ctx, const std::vector<io::OutputFile>& files,
                const std::vector<std::string>& inputs) {
  const std::vector<fs::path> input_paths(inputs.begin(), inputs.end());
  if (auto written = io::write_outputs(ctx.output.out_dir, files, input_paths); !written) {
    return report_error(ctx, written.error());
  }
  for (const auto& [name, content] : files) {
    ctx.out << (fs::path(ctx.output.out_dir) / name).string() << "\n";
  }
  return static_cast<int>(Exit::ok);
}

int check_files(Context& ctx, const std::vector<io::OutputFile>& files,
                const std::vector<std::string>& inputs) {
  const std::vector<fs::path> input_paths(inputs.begin(), inputs.end());
  auto checked = io::check_outputs(ctx.output.check_dir, files, input_paths);
  if (!checked) return report_error(ctx, checked.error());
  if (checked->identical()) return static_cast<int>(Exit::ok);
  ctx.out << (ctx.terminal.colour == Colour::on ? io::coloured_diff(checked->diff) : checked->diff);
  std::vector<std::string> parts;
  const auto list = [&](const char* what, const std::vector<std::string>& names) {
    if (!names.empty()) parts.push_back(fmt::format("{}: {}", what, fmt::join(names, ", ")));
  };
  list("changed", checked->differing);
  list("missing", checked->missing);
  list("extra", checked->extra);
  ctx.err << fmt::format("itzones: check failed: {} differs from the regenerated outputs ({})\n",
                         ctx.output.check_dir, fmt::join(parts, "; "));
  return static_cast<int>(Exit::check_failed);
}

Result<LoadedStudy> load_study_inputs(Context& ctx, const std::string& study_arg) {
  auto path = study_path(study_arg);
  if (!path) return fail(path.error());
  auto study = io::load_study(*path);
  if (!study) return fail(study.error());
  const fs::path study_dir = fs::path(*path).parent_path();
  auto method = io::find_method(study->method, study_dir);
  if (!method) return fail(in_study_key(*path, "/method", method.error()));
  auto periods = io::load_periods(*study, *method, ctx.table);
  if (!periods) return fail(periods.error());
  auto regions = region_setup(*study, ctx.boundaries);
  if (!regions) return fail(regions.error());
  auto merged = fit_periods(*regions, *method, *periods);
  if (!merged) return fail(merged.error());
  note_merges(ctx, *regions, *merged);
  std::vector<std::string> inputs = {*path};
  for (const PeriodFiles& p : study->periods) inputs.insert(inputs.end(), p.files.begin(), p.files.end());
  if (!study->published.empty()) inputs.push_back(study->published);
  if (study->method.ends_with(".json")) inputs.push_back((study_dir / study->method).lexically_normal().string());
  if (!regions->path.empty()) inputs.push_back(regions->path);
  return LoadedStudy{*path, std::move(*study), std::move(*method), std::move(*periods), std::move(inputs),
                     std::move(*regions)};
}

}  // namespace itzones::cli
