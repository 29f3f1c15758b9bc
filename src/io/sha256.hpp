#pragma once
// SHA-256 (FIPS 180-4), so a report can name the exact bytes it was computed from.

#include <string>
#include <string_view>

namespace itzones::io {

// The SHA-256 digest of `bytes` as 64 lowercase hexadecimal digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace itzones::io
