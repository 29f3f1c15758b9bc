// libFuzzer target: the study.json loader on any bytes.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "study_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)itzones::io::parse_study(text, "study.json", "/fuzz");
  return 0;
}
