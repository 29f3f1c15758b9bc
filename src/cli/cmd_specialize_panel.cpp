#include <algorithm>
#include <array>
#include <thread>
#include <tuple>

#include "itzones/parallel.hpp"
#include "number_checks.hpp"
#include "panel_command.hpp"
#include "panel_csv.hpp"
#include "panel_report.hpp"
#include "streamed_outputs.hpp"

namespace itzones::cli {
namespace {

constexpr std::size_t k_flush_bytes = std::size_t{1} << 22;
constexpr std::size_t k_rows_per_piece = 256;  // rows of cells formatted at once

// Where the CSV tables go: stdout (one after another, a blank line apart) or files.
class PanelSink {
 public:
  // `files` null: stdout.
  PanelSink(Context& ctx, io::StreamedOutputs* files) : m_ctx(ctx), m_files(files) {}

  // Writes `text` to table `table`; on stdout, a new table starts after a blank line.
  Result<void> write(std::size_t table, std::string& text) {
    if (m_files) {
      auto written = m_files->write(table, text);
      text.clear();
      return written;
    }
    if (table != m_table) m_ctx.out << "\n";
    m_table = table;
    m_ctx.out << text;
    text.clear();
    return {};
  }

 private:
  Context& m_ctx;
  io::StreamedOutputs* m_files;
  std::size_t m_table = 0;
};

Result<void> write_tables(PanelSink& sink, const Panel& panel, const PanelColumns& columns,
                          const std::vector<PeriodMeasures>& measures, bool all_cells) {
  std::string text = io::panel_region_header(columns);
  for (std::size_t p = 0; p < panel.periods.size(); ++p) {
    io::append_panel_regions(text, panel, p, columns, measures[p]);
    if (text.size() > k_flush_bytes) {
      if (auto ok = sink.write(0, text); !ok) return ok;
    }
  }
  if (auto ok = sink.write(0, text); !ok) return ok;
  text = io::panel_industry_header(columns);
  for (std::size_t p = 0; p < panel.periods.size(); ++p)
    io::append_panel_industries(text, panel, p, columns, measures[p]);
  if (auto ok = sink.write(1, text); !ok) return ok;
  if (!all_cells) return {};
  text = io::panel_cell_header();
  for (std::size_t p = 0; p < panel.periods.size(); ++p) {
    const std::size_t rows = panel.periods[p].rows.size();
    for (std::size_t first = 0; first < rows; first += k_rows_per_piece) {
      io::append_panel_cells(text, panel, p, measures[p], first,
                             std::min(rows, first + k_rows_per_piece));
      if (text.size() > k_flush_bytes) {
        if (auto ok = sink.write(2, text); !ok) return ok;
      }
    }
  }
  return sink.write(2, text);
}

}  // namespace

void add_panel_options(CLI::App* specialize, PanelArgs& args) {
  CLI::Option* stream =
      specialize->add_flag("--stream", args.stream,
                           "Long panel (region, industry, year, value) of any size, read in one "
                           "pass: every region and industry measure "
                           "of every year as CSV; a cell without a row is 0, even with --missing "
                           "error (a panel lists its non-empty cells)");
  specialize
      ->add_flag("--all-cells", args.all_cells,
                 "With --stream: also the location quotient of every cell")
      ->needs(stream);
  specialize
      ->add_option("--duplicates", args.duplicates,
                   "With --stream: repeated keys are an error (default) or summed")
      ->check(CLI::IsMember({"error", "sum"}))
      ->needs(stream);
  specialize
      ->add_option("--threads", args.threads,
                   "With --stream: threads to use (default: one per core)")
      ->check(at_least(0))
      ->needs(stream);
  const std::array<std::tuple<const char*, std::string*, const char*>, 4> columns = {{
      {"--region-column", &args.region_column, "region id column (default region_id, else region)"},
      {"--industry-column", &args.industry_column, "industry column (default industry)"},
      {"--year-column", &args.year_column, "year column (default year, if present)"},
      {"--value-column", &args.value_column, "value column (default value)"},
  }};
  for (const auto& [name, target, help] : columns) {
    specialize->add_option(name, *target, std::string("With --stream: ") + help)->needs(stream);
  }
}

int cmd_specialize_panel(Context& ctx, const SpecializeArgs& args, bool industry_given,
                         const PanelArgs& panel_args) {
  if (ctx.output.format && *ctx.output.format != io::Format::csv) {
    return report_error(ctx, Diagnostic{{}, 0, {}, "--stream writes CSV only (--format csv)"});
  }
  auto measures = parse_measures(args.measures);
  if (!measures) return report_error(ctx, measures.error());
  auto columns = panel_columns(PanelRequest{industry_given ? args.industry : "", *measures});
  if (!columns) return report_error(ctx, columns.error());
  io::PanelCsvOptions options;
  options.table = ctx.table;
  options.region_column = panel_args.region_column;
  options.industry_column = panel_args.industry_column;
  options.year_column = panel_args.year_column;
  options.value_column = panel_args.value_column;
  options.period = args.period;
  options.duplicates = *parse_duplicate_policy(panel_args.duplicates);
  options.missing = *parse_policy(args.missing);
  options.threads = panel_args.threads != 0 ? panel_args.threads
                                            : std::max(1u, std::thread::hardware_concurrency());
  auto panel = io::load_panel_csv(args.file, options);
  if (!panel) return report_error(ctx, panel.error());
  if (!args.year.empty()) {
    std::erase_if(panel->periods, [&](const PanelPeriod& p) { return p.period != args.year; });
    if (panel->periods.empty())
      return report_error(ctx, Diagnostic{args.file, 0, {}, "no rows for year " + args.year});
  }
  std::vector<Result<PeriodMeasures>> computed(panel->periods.size());
  parallel_for(computed.size(), options.threads,
               [&](std::size_t p) { computed[p] = measure_period(*panel, p, *columns); });
  std::vector<PeriodMeasures> results;
  for (auto& c : computed) {
    if (!c) return report_error(ctx, Diagnostic{args.file, 0, {}, c.error().message});
    results.push_back(std::move(*c));
  }
  for (const std::string& note : panel->notes) print_note(ctx, note);
  for (PanelPeriod& p : panel->periods) {
    if (p.period.empty()) p.period = k_unnamed_period;
  }
  std::unique_ptr<io::StreamedOutputs> files;
  if (!ctx.output.out_dir.empty()) {
    std::vector<std::string> names = {"panel-regions.csv", "panel-industries.csv"};
    if (panel_args.all_cells) names.emplace_back("panel-location-quotients.csv");
    auto opened = io::StreamedOutputs::open(ctx.output.out_dir, names, {args.file});
    if (!opened) return report_error(ctx, opened.error());
    files = std::move(*opened);
  }
  PanelSink sink(ctx, files.get());
  if (auto ok = write_tables(sink, *panel, *columns, results, panel_args.all_cells); !ok)
    return report_error(ctx, ok.error());
  if (files) {
    if (auto ok = files->commit(); !ok) return report_error(ctx, ok.error());
    for (const auto& path : files->paths()) ctx.out << path.string() << "\n";
  }
  return static_cast<int>(Exit::ok);
}

}  // namespace itzones::cli
