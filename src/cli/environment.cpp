#include "environment.hpp"

#include <fmt/chrono.h>
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <string_view>

namespace itzones::cli {

namespace {

std::string_view env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string_view() : std::string_view(value);
}

}  // namespace

Terminal terminal_from_environment() {
  Terminal t;
  const bool colour =
      ::isatty(STDOUT_FILENO) == 1 && env("NO_COLOR").empty() && env("TERM") != "dumb";
  t.colour = colour ? Colour::on : Colour::off;
  t.progress = ::isatty(STDERR_FILENO) == 1 ? Progress::on : Progress::off;
  return t;
}

io::Stamp stamp_now() {
  std::time_t seconds = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  const std::string_view epoch = env("SOURCE_DATE_EPOCH");
  long long parsed = 0;
  const auto [end, ec] = std::from_chars(epoch.data(), epoch.data() + epoch.size(), parsed);
  if (!epoch.empty() && ec == std::errc() && end == epoch.data() + epoch.size() && parsed >= 0) {
    seconds = static_cast<std::time_t>(parsed);
  }
  return io::Stamp{std::string("itzones ") + ITZONES_VERSION,
                   fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(seconds))};
}

}  // namespace itzones::cli
