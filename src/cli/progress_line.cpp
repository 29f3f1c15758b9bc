#include "progress_line.hpp"

#include <fmt/format.h>

namespace itzones::cli {

ProgressLine::ProgressLine(std::ostream& err, Progress mode, std::string what, std::string unit)
    : m_err(err), m_mode(mode), m_what(std::move(what)), m_unit(std::move(unit)) {}

ProgressLine::~ProgressLine() {
  if (m_drawn) m_err << "\r\x1b[K" << std::flush;  // back to the start of the line, erase it
}

void ProgressLine::update(std::size_t done, std::size_t total) {
  if (m_mode == Progress::off || total == 0) return;
  const std::size_t percent = done * 100 / total;
  if (m_drawn && percent == m_percent) return;
  m_err << fmt::format("\ritzones: {}: {}% ({} of {} {})", m_what, percent, done, total, m_unit)
        << std::flush;
  m_percent = percent;
  m_drawn = true;
}

}  // namespace itzones::cli
