#pragma once
// Diagnostics are values until the CLI edge prints them (design §3).

#include <cstddef>
#include <expected>
#include <string>

namespace itzones {

// Where a problem was found and what it is. Empty file = unlocated; line 0 = whole file;
// empty column = the whole line.
struct Diagnostic {
  std::string file;
  std::size_t line = 0;
  std::string column;
  std::string message;
};

// Renders `file:line: column "x": message`, dropping the parts that are unknown;
// an unlocated diagnostic renders as `itzones: error: message`.
std::string to_string(const Diagnostic& diagnostic);

template <class T>
using Result = std::expected<T, Diagnostic>;

// Shorthand for returning an error from a function that returns Result<T>.
inline std::unexpected<Diagnostic> fail(Diagnostic diagnostic) {
  return std::unexpected<Diagnostic>(std::move(diagnostic));
}

// An unlocated error.
inline std::unexpected<Diagnostic> fail(std::string message) {
  return fail(Diagnostic{{}, 0, {}, std::move(message)});
}

// " in 2014" for a message about a named period; "" for an unnamed one.
inline std::string in_period(const std::string& period) { return period.empty() ? "" : " in " + period; }

}  // namespace itzones
