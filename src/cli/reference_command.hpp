#pragma once
// `itzones validate FILE... --reference REF.csv --column grp [--tolerance 0.01]`: one column of
// an input table checked against an official series for the same year.

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "commands.hpp"

namespace itzones::cli {

struct ReferenceArgs {
  std::string reference;  // empty: validate audits instead
  std::string column;
  double tolerance = 0.01;  // relative: |value - reference| <= tolerance * |reference| is close
};

// Adds --reference, --column and --tolerance to `validate`.
void add_reference_options(CLI::App* validate, ReferenceArgs& args);

// Checks `args.column` of the files (joined on region_id) against the reference and prints the
// table. Exit: 0 when no region is different, 1 when one is, 2 on an input error (including
// --reference without --column).
int cmd_check_reference(Context& ctx, const std::vector<std::string>& files, const ReferenceArgs& args);

}  // namespace itzones::cli
