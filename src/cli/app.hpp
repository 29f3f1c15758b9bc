#pragma once
// The command line: built in a function so tests can run it in-process on argument strings.

#include <ostream>
#include <string>
#include <vector>

namespace itzones::cli {

// Exit codes (design §3).
enum class Exit : int { ok = 0, check_failed = 1, input_error = 2 };

// Parses `args` (without the program name) and runs the command; results go to `out`,
// diagnostics to `err`. Returns the process exit code.
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace itzones::cli
