#pragma once
// Stage 2 at the command line: the `specialize` and `zones` subcommands, and what `run` and
// `reproduce` add for a study with a "specialisation" member.

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "itzones/specialise.hpp"
#include "itzones/zones.hpp"
#include "zone_options.hpp"

namespace itzones::cli {

// The name shown for the one period of a file without years when --period names none. Messages
// leave such a period out (its name stays empty until the results are shown).
inline constexpr const char* k_unnamed_period = "input";

struct SpecializeArgs {
  std::string file;
  std::string industry = "J";
  std::vector<std::string> measures;
  std::string year;
  std::string missing = "error";
  std::string column;
  std::string period;  // empty: not named (k_unnamed_period)
};

// Adds the `specialize` subcommand and its own options to `app`.
CLI::App* add_specialize(CLI::App& app, SpecializeArgs& args);

// Adds --rating-threshold, --it-measure and --it-threshold to `sub`.
void add_zone_options(CLI::App* sub, ZoneOverrides& zones);

// Prints the result in the chosen format, or writes its files (every format unless one was
// chosen) with -o, refusing to overwrite `inputs`, or with --check compares those files with
// the folder's (check_files()); Markdown and JSON carry the --stamp if one was asked for.
int emit_results(Context& ctx, const std::function<std::string(io::Format)>& render,
                 const std::function<std::vector<io::OutputFile>(io::Format)>& files,
                 const std::vector<std::string>& inputs);

// The study's specialisation of every period with the default measures (adding the files read
// to loaded.inputs), on the boundaries in effect: what they summed goes to `merges` if given,
// else to stderr as notes. Error: the study has no "specialisation" member, a load error, or a
// boundary error (fit_matrices()).
Result<std::vector<Specialisation>> study_specialisation(Context& ctx, LoadedStudy& loaded,
                                                         std::vector<BoundaryMapping>* merges = nullptr);

// When the results go out as CSV (on stdout, or among the files of -o), which has no place for
// notes, prints each period's notes on stderr: `itzones: note: PERIOD: TEXT` (`itzones: note:
// TEXT` for an unnamed period). The other formats carry the notes themselves.
void note_specialisation(Context& ctx, const std::vector<Specialisation>& periods);

// The study's zone rule with the command line's overrides applied. Error: an unknown measure.
Result<ZoneRule> zone_rule(const Study& study, const ZoneOverrides& overrides);

// Appends a check that follows the reproduction to `text` in `format`: `json` as the member `key`
// of the JSON document, otherwise `table` (ids as headers in CSV) and, except in CSV, `summary`.
void append_check(std::string& text, io::Format format, const std::string& key, const std::string& json,
                  const std::function<io::TextTable(io::Headers)>& table, const std::string& summary);

// Appends the check of the study's published shares (Table 7) to `text` in `format`; returns
// whether it passed (true when the study publishes no shares).
Result<bool> reproduce_shares_into(Context& ctx, LoadedStudy& loaded, io::Format format, std::string& text);

// The measures named by --measures. Error: an unknown id (listing the known ones).
Result<std::vector<Measure>> parse_measures(const std::vector<std::string>& ids);

int cmd_specialize(Context& ctx, const SpecializeArgs& args);
int cmd_zones(Context& ctx, const std::string& study, const ZoneOverrides& overrides);

}  // namespace itzones::cli
