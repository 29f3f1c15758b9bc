#include "text_encoding.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

namespace itzones::io {
namespace {

constexpr std::string_view k_utf16_hint = "convert with iconv -f utf-16 -t utf-8";

// Length of the valid UTF-8 sequence at the start of `s`, or 0 when it is not one
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t utf8_sequence_length(std::string_view s) {
  const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(s[i]); };
  const std::uint8_t lead = byte(0);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  std::uint8_t low = 0x80;  // bounds of the second byte
  std::uint8_t high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (s.size() < length || byte(1) < low || byte(1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
  }
  return length;
}

// True when most bytes above 0x7F are Windows-1251 letters (А-я at 0xC0-0xFF, Ё 0xA8, ё 0xB8).
bool looks_like_cp1251(std::string_view text) {
  std::size_t high = 0;
  std::size_t letters = 0;
  for (const char c : text) {
    const auto b = static_cast<std::uint8_t>(c);
    if (b < 0x80) continue;
    ++high;
    if (b >= 0xC0 || b == 0xA8 || b == 0xB8) ++letters;
  }
  return high > 0 && letters * 10 >= high * 8;
}

// True when NULs sit at every other byte of the first characters, as in UTF-16 text.
bool looks_like_utf16(std::string_view text) {
  const std::string_view head = text.substr(0, 64);
  std::size_t odd_nuls = 0;
  std::size_t even_nuls = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    if (head[i] == '\0') ++(i % 2 == 0 ? even_nuls : odd_nuls);
  }
  return std::max(odd_nuls, even_nuls) * 4 >= head.size();
}

}  // namespace

Result<void> check_utf8_text(std::string_view text, const std::string& display_name) {
  const auto at_line = [&](std::size_t line, std::string message) {
    return fail(Diagnostic{display_name, line, {}, std::move(message)});
  };
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
    return at_line(1, fmt::format("not UTF-8 (UTF-16 byte-order mark); {}", k_utf16_hint));
  }
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
      line_start = ++i;
      continue;
    }
    if (c == '\0') {
      if (looks_like_utf16(text)) {
        return at_line(line, fmt::format("not UTF-8 (NUL bytes between characters: looks like "
                                         "UTF-16); {}", k_utf16_hint));
      }
      return at_line(line, fmt::format("not UTF-8 (a NUL byte at byte {} of the line): not a text "
                                       "file", i - line_start + 1));
    }
    const std::size_t length = utf8_sequence_length(text.substr(i));
    if (length == 0) {
      if (looks_like_cp1251(text)) {
        return at_line(line, "not UTF-8 (looks like Windows-1251); convert with iconv -f cp1251 -t utf-8");
      }
      return at_line(line, fmt::format("not UTF-8 (invalid byte 0x{:02X} at byte {} of the line)",
                                       static_cast<std::uint8_t>(c), i - line_start + 1));
    }
    i += length;
  }
  return {};
}

}  // namespace itzones::io
