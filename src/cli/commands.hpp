#pragma once
// One function per subcommand; each returns an exit code and prints diagnostics itself.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "app.hpp"
#include "itzones/diagnostic.hpp"
#include "itzones/evaluation.hpp"
#include "itzones/study.hpp"
#include "labels.hpp"
#include "rating_report.hpp"
#include "region_table_csv.hpp"
#include "regions_setup.hpp"
#include "stamp.hpp"
#include "zone_options.hpp"

namespace itzones::cli {

// Options shared by the commands that produce results.
struct OutputOptions {
  std::optional<io::Format> format;  // unset: table on stdout, every format with -o
  std::string out_dir;
  std::string check_dir;            // --check: compare with this folder instead of writing
  std::optional<io::Stamp> stamp;   // --stamp: what stamped() adds to Markdown and JSON
  io::Lang lang = io::Lang::en;
};

struct Context {
  std::ostream& out;
  std::ostream& err;
  io::TableOptions table;
  OutputOptions output;
  std::string boundaries;  // --boundaries: a year, "none", or "" for the study's
  Terminal terminal;       // colour on `out`, progress on `err`
};

// Prints the diagnostic and returns Exit::input_error.
int report_error(Context& ctx, const Diagnostic& diagnostic);

// Prints `itzones: note: TEXT` on stderr: the one form of a note beside the results.
void print_note(Context& ctx, const std::string& text);

// A file of the bundled data (`relative` to data/, e.g. "regions/kz_regions.csv") installed,
// next to the binary's build folder, or in the checkout it was built from; nullopt if none.
std::optional<std::string> bundled_data_file(const std::string& relative);

// The study to use: `path` if given, otherwise the bundled Kazakhstan study.
Result<std::string> study_path(const std::string& path);

// Writes `files` to the output folder (refusing to overwrite `inputs`) and says so on `out`.
int write_files(Context& ctx, const std::vector<io::OutputFile>& files,
                const std::vector<std::string>& inputs);

// Compares `files` with the --check folder: prints a unified diff of every difference on
// `out` (coloured as the terminal allows) and a summary on `err`, and returns
// Exit::check_failed; returns Exit::ok, printing nothing, when they are identical.
int check_files(Context& ctx, const std::vector<io::OutputFile>& files,
                const std::vector<std::string>& inputs);

// A study with its method and every period's inputs loaded.
struct LoadedStudy {
  std::string path;
  Study study;
  Method method;
  std::vector<PeriodInput> periods;
  std::vector<std::string> inputs;  // every file read, so outputs never overwrite one
  RegionSetup regions;              // the region table and boundaries in effect
};
Result<LoadedStudy> load_study_inputs(Context& ctx, const std::string& study_arg);

// Prints the evaluation in the chosen format, or writes its files with -o.
int emit_evaluation(Context& ctx, const Evaluation& ev, const std::string& name,
                    const std::vector<std::string>& inputs);

int cmd_run(Context& ctx, const std::string& study, const ZoneOverrides& zones);
int cmd_rate(Context& ctx, const std::vector<std::string>& files, const std::string& method,
             const std::string& period);
int cmd_validate(Context& ctx, const std::vector<std::string>& inputs, const std::string& method,
                 const std::string& period);
int cmd_reproduce(Context& ctx, const std::string& study);

}  // namespace itzones::cli
