#pragma once
// Progress of a long run on stderr, redrawn in place: only when the terminal allows it (stderr
// is a terminal), never into a file or a pipe.

#include <cstddef>
#include <ostream>
#include <string>

#include "app.hpp"

namespace itzones::cli {

class ProgressLine {
 public:
  // `what` names the work ("robustness"); `unit` what is counted ("runs").
  ProgressLine(std::ostream& err, Progress mode, std::string what, std::string unit);
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;
  // Erases the line if one was drawn.
  ~ProgressLine();

  // Draws "\ritzones: WHAT: P% (DONE of TOTAL UNIT)" when the whole percentage P has changed.
  void update(std::size_t done, std::size_t total);

 private:
  std::ostream& m_err;
  Progress m_mode;
  std::string m_what;
  std::string m_unit;
  std::size_t m_percent = 0;
  bool m_drawn = false;
};

}  // namespace itzones::cli
