#include "reference_command.hpp"

#include <fmt/format.h>

#include "files.hpp"
#include "number_checks.hpp"
#include "reference_report.hpp"
#include "stage2.hpp"

namespace itzones::cli {
namespace {

// The files read for one column and joined on region_id.
Result<RegionTable> load_column(const std::vector<std::string>& files, const std::string& column,
                                const io::TableOptions& options) {
  std::vector<RegionTable> tables;
  for (const std::string& file : files) {
    auto text = io::read_file(file);
    if (!text) return fail(text.error());
    auto table = io::parse_region_table(*text, file, {column}, options);
    if (!table) return fail(table.error());
    tables.push_back(std::move(*table));
  }
  return join_tables(tables);
}

}  // namespace

void add_reference_options(CLI::App* validate, ReferenceArgs& args) {
  validate->add_option("--reference", args.reference, "Check --column against this official series (CSV with region_id)");
  validate->add_option("--column", args.column, "The column to check against --reference");
  validate->add_option("--tolerance", args.tolerance, "Relative difference still called close (default 0.01)")
      ->check(at_least(0));
}

int cmd_check_reference(Context& ctx, const std::vector<std::string>& files, const ReferenceArgs& args) {
  if (args.column.empty()) return report_error(ctx, Diagnostic{{}, 0, {}, "--reference needs --column"});
  if (files.empty()) return report_error(ctx, Diagnostic{{}, 0, {}, "--reference needs the input files to check"});
  auto table = load_column(files, args.column, ctx.table);
  if (!table) return report_error(ctx, table.error());
  auto reference = load_column({args.reference}, args.column, ctx.table);
  if (!reference) return report_error(ctx, reference.error());
  auto check = check_against_reference(*table, *reference, args.column, args.tolerance);
  if (!check) return report_error(ctx, check.error());

  const std::string& ref = args.reference;
  const io::Lang lang = ctx.output.lang;
  const auto render = [&](io::Format f) {
    if (f == io::Format::json) return io::reference_json(*check, ref);
    const bool machine = f == io::Format::csv;
    const io::TextTable t = io::reference_table(*check, ref, lang, machine ? io::Headers::ids : io::Headers::labels);
    return machine ? io::render_csv(t) : f == io::Format::md ? io::render_markdown(t) : io::render_text(t);
  };
  const auto output_files = [&](io::Format f) {
    const char* extension = f == io::Format::json ? "json" : f == io::Format::csv ? "csv" : f == io::Format::md ? "md" : "txt";
    return std::vector<io::OutputFile>{{fmt::format("reference-check.{}", extension), render(f)}};
  };
  std::vector<std::string> inputs = files;
  inputs.push_back(ref);
  if (const int code = emit_results(ctx, render, output_files, inputs); code != 0) return code;
  ctx.err << "itzones: validate: " << io::reference_summary(*check, ref) << "\n";
  return static_cast<int>(check->ok() ? Exit::ok : Exit::check_failed);
}

}  // namespace itzones::cli
