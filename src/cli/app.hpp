#pragma once
// The command line: built in a function so tests can run it in-process on argument strings.

#include <ostream>
#include <string>
#include <vector>

namespace itzones::cli {

// Exit codes (design §3).
enum class Exit : int { ok = 0, check_failed = 1, input_error = 2 };

enum class Colour { off, on };
enum class Progress { off, on };

// What the terminal allows, decided by main() from the environment (terminal_from_environment())
// so that everything below it stays free of isatty and getenv: colour on stdout, progress
// lines on stderr.
struct Terminal {
  Colour colour = Colour::off;
  Progress progress = Progress::off;
};

// Parses `args` (without the program name) and runs the command; results go to `out`,
// diagnostics to `err`, with colour and progress as `terminal` allows. Returns the process
// exit code.
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
            const Terminal& terminal = {});

}  // namespace itzones::cli
