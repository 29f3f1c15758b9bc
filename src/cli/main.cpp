#include <iostream>
#include <string>
#include <vector>

#include "app.hpp"
#include "environment.hpp"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  const int code = itzones::cli::run_cli(args, std::cout, std::cerr, itzones::cli::terminal_from_environment());
  // Results that did not reach stdout (a full disk, /dev/full) must not pass for success.
  if (!std::cout.flush()) {
    std::cerr << "itzones: error: cannot write to standard output\n";
    return code == 0 ? static_cast<int>(itzones::cli::Exit::input_error) : code;
  }
  return code;
}
