#pragma once
// The only places the command line reads the process environment and the clock.

#include "app.hpp"
#include "stamp.hpp"

namespace itzones::cli {

// Colour when stdout is a terminal, NO_COLOR is unset or empty and TERM is not "dumb";
// progress when stderr is a terminal.
Terminal terminal_from_environment();

// The stamp of `--stamp`: "itzones VERSION" and the time as UTC ISO 8601 to the second, taken
// from SOURCE_DATE_EPOCH (seconds since 1970) when it is set to a valid number, else the clock.
io::Stamp stamp_now();

}  // namespace itzones::cli
