#pragma once
// `itzones specialize --stream`: stage 2 over a long panel of many periods (issue #7).

#include <CLI/CLI.hpp>
#include <string>

#include "stage2.hpp"

namespace itzones::cli {

struct PanelArgs {
  bool stream = false;
  bool all_cells = false;
  std::string duplicates = "error";
  unsigned threads = 0;  // 0 = one per core
  std::string region_column;
  std::string industry_column = "industry";
  std::string year_column;
  std::string value_column = "value";
};

// Adds --stream and the options that need it to the `specialize` subcommand.
void add_panel_options(CLI::App* specialize, PanelArgs& args);

// Streams the panel in args.file: every region and industry measure of every period (and, with
// --all-cells, the location quotient of every cell) as CSV on stdout, or with -o DIR into
// panel-regions.csv, panel-industries.csv and panel-location-quotients.csv. The target
// industry is the one named with --industry, if any (`industry_given`).
int cmd_specialize_panel(Context& ctx, const SpecializeArgs& args, bool industry_given,
                         const PanelArgs& panel);

}  // namespace itzones::cli
