// libFuzzer target: the method.json loader on any bytes.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "method_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)itzones::io::parse_method(text, "method.json");
  return 0;
}
