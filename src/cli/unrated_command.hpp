#pragma once
// `itzones run` for a study whose sources lack stage-1 inputs ("stage1": {"available": false}).

#include "commands.hpp"
#include "unrated_report.hpp"

namespace itzones::cli {

// The study's specialisation of every period (on its boundaries, if any) and the share, location
// quotient and Krugman index of the target industry over time, with what stage 1 lacks; the
// one-line stage-1 note goes to stderr. Error: a load or boundary error.
Result<io::UnratedRun> unrated_run(Context& ctx, LoadedStudy& loaded);

// Computes the study's specialisation of every period (on its boundaries, if any), the share,
// location quotient and Krugman index of the target industry over time, and reports them with
// what stage 1 lacks; the one-line stage-1 note also goes to stderr. Exit 0, or 2 on an input error.
int run_unrated(Context& ctx, LoadedStudy& loaded);

}  // namespace itzones::cli
