#pragma once
// Reading CSV text line by line (fast-cpp-csv-parser's LineReader) and splitting lines into
// fields with our own quote-aware splitter, for tables whose columns are known only at run time.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "itzones/diagnostic.hpp"

namespace itzones::io {

// Separator 0 means "detect from the header line".
struct CsvDialect {
  char separator = 0;
};

// Splits one line on `separator`; fields may be quoted with `"`, a doubled `""` inside quotes
// is a quote. Error message (unlocated) on an unterminated quote or text after a closing quote.
Result<std::vector<std::string>> split_csv_line(std::string_view line, char separator);

// The separator among `,` `;` and tab that occurs most often outside quotes in `header`
// (`,` when none occurs).
char detect_separator(std::string_view header);

// Index of the header field `name`, or nullopt.
std::optional<std::size_t> column_index(const std::vector<std::string>& names, std::string_view name);

// A display name for a separator in messages: "','", "';'", "tab".
std::string separator_name(char separator);

// Calls `on_line(line_number, fields)` for each non-blank line after the header, which is
// returned split. A UTF-8 BOM is dropped and CRLF is accepted. Errors (located in
// `display_name`): text that is not UTF-8 (check_utf8_text), empty text, an over-long line, a field count different from the header's,
// a quoting error, or whatever `on_line` returns.
struct CsvHeader {
  std::vector<std::string> names;
  char separator = ',';
  std::size_t line = 1;  // the header's own line (blank lines before it are skipped)
};
Result<CsvHeader> read_csv(
    std::string_view text, const std::string& display_name, const CsvDialect& dialect,
    const std::function<Result<void>(const CsvHeader&, std::size_t, std::vector<std::string>&)>&
        on_line);

}  // namespace itzones::io
