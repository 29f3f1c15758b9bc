#pragma once
// `itzones report` and `itzones run --format html`: the self-contained HTML page of a study.

#include <CLI/CLI.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

#include "commands.hpp"
#include "zone_options.hpp"

namespace itzones::cli {

struct ReportArgs {
  std::string study;           // empty: the bundled study
  std::string output;          // the page's file; empty: stdout
  std::string map;             // --map: a GeoJSON boundary file; empty: the schematic map
  std::string map_key = "ISO3166-2";
  std::string map_attribution;
  double map_tolerance = 0.02;          // degrees, Douglas-Peucker
  std::size_t robustness_runs = 200;    // 0: no robustness chart
  std::uint64_t robustness_seed = 1;
};

// Adds the `report` subcommand with its own options to `app`; the caller adds --lang, --sep,
// --decimal, --boundaries and the zone options.
CLI::App* add_report(CLI::App& app, ReportArgs& args);

// What `run --format html` writes: the page on stdout, or report.html in the -o folder.
ReportArgs run_report_args(const std::string& study, const std::string& out_dir);

// Loads and computes the study (rating, specialisation and zones if it has them, robustness of
// the latest period, the map), renders the page in ctx.output.lang and prints or writes it. Map
// warnings go to stderr as well as into the page. Exit 0, or 2 on an input error.
int cmd_report(Context& ctx, const ReportArgs& args, const ZoneOverrides& zones);

}  // namespace itzones::cli
