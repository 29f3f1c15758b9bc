#pragma once
// Beyond the paper at the command line: `methods`, `robustness` and `stats`.

#include <CLI/CLI.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "commands.hpp"

namespace itzones::cli {

struct MethodsArgs {
  std::vector<std::string> files;  // method files to check and list beside the built-in ones
};

struct RobustnessArgs {
  std::string study;
  std::string period;  // empty: the study's last period
  std::size_t runs = 1000;
  std::uint64_t seed = 1;
  std::string weights = "uniform";
  double spread = 0.25;
  double concentration = 10.0;
  std::vector<std::string> normalisations;  // e.g. percent_of_best, min_max:1:100
  std::vector<std::string> aggregations;    // e.g. arithmetic, arithmetic/geometric
  unsigned threads = 0;                     // 0: every core
};

struct StatsArgs {
  std::string study;
  std::string period;  // empty: the study's last period
};

// Each adds its subcommand with its own options to `app`; the caller adds the common ones.
CLI::App* add_methods(CLI::App& app, MethodsArgs& args);
CLI::App* add_robustness(CLI::App& app, RobustnessArgs& args);
CLI::App* add_stats(CLI::App& app, StatsArgs& args);

// The period `name` of a loaded study (its last when empty). Error names the study's periods.
Result<const PeriodInput*> study_period(const LoadedStudy& loaded, const std::string& name);

int cmd_methods(Context& ctx, const MethodsArgs& args);
int cmd_robustness(Context& ctx, const RobustnessArgs& args);
int cmd_stats(Context& ctx, const StatsArgs& args);

}  // namespace itzones::cli
