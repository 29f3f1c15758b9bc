#pragma once
// Recognising text that is not UTF-8 before it is parsed, so a spreadsheet export in another
// encoding is named instead of garbled (issue #8).

#include <string>
#include <string_view>

#include "itzones/diagnostic.hpp"

namespace itzones::io {

// Succeeds when `text` is UTF-8 (a UTF-8 BOM is fine) without NUL bytes. Otherwise an error
// located at the line of the first offending byte of `display_name`:
//   `not UTF-8 (UTF-16 byte-order mark); convert with iconv -f utf-16 -t utf-8`
//   `not UTF-8 (NUL bytes between characters: looks like UTF-16); convert with iconv -f utf-16 -t utf-8`
//   `not UTF-8 (a NUL byte at byte N of the line): not a text file`
//   `not UTF-8 (looks like Windows-1251); convert with iconv -f cp1251 -t utf-8`
//   `not UTF-8 (invalid byte 0xNN at byte N of the line)`
Result<void> check_utf8_text(std::string_view text, const std::string& display_name);

}  // namespace itzones::io
