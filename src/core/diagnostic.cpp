#include "itzones/diagnostic.hpp"

#include <fmt/format.h>

namespace itzones {

std::string to_string(const Diagnostic& d) {
  if (d.file.empty()) return fmt::format("itzones: error: {}", d.message);
  std::string out = d.file;
  if (d.line > 0) out += fmt::format(":{}", d.line);
  out += ": ";
  if (!d.column.empty()) out += fmt::format("column \"{}\": ", d.column);
  return out + d.message;
}

}  // namespace itzones
