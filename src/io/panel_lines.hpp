#pragma once
// The rows of a long panel file, read line by line from parts of the file (issue #7).

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "itzones/diagnostic.hpp"

namespace itzones::io {

// Bytes to read: a file or text in memory. read() may be called from several threads at once.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual std::uint64_t size() const = 0;
  // Copies up to `n` bytes at `offset` into `out`; returns how many (0 at the end). Error:
  // `cannot read (reason)`.
  virtual Result<std::size_t> read(std::uint64_t offset, char* out, std::size_t n) const = 0;
};

// The text in memory; it must outlive the source.
std::unique_ptr<ByteSource> text_source(std::string_view text);

// The file at `path`. Error: `path: cannot read (reason)`.
Result<std::unique_ptr<ByteSource>> file_source(const std::string& path);

// The header of a panel file and where its rows start.
struct PanelHeader {
  std::vector<std::string> names;  // trimmed of spaces
  char separator = ',';
  std::size_t line = 1;    // the header's line number
  std::uint64_t body = 0;  // offset of the line after the header
};

// Reads the first non-blank line (after a UTF-8 BOM); `separator` 0 = detect. Errors: an empty
// file, a line over 16 MiB, a header that is not UTF-8 or badly quoted.
Result<PanelHeader> read_panel_header(const ByteSource& source, const std::string& file,
                                      char separator);

// Offsets that split [begin, size) into `parts` ranges of about equal size at line starts.
Result<std::vector<std::uint64_t>> split_at_lines(const ByteSource& source, std::uint64_t begin,
                                                  unsigned parts);

// The fields of one row that a panel uses.
struct PanelFields {
  std::string_view region;
  std::string_view industry;
  std::string_view period;  // the year column's, or the fixed period without one
  std::string_view value;
};

// Where the panel's fields are in a row.
struct PanelLayout {
  std::size_t fields = 0;  // per row
  std::size_t region = 0;
  std::size_t industry = 0;
  std::optional<std::size_t> year;
  std::size_t value = 0;
  std::string period;  // without a year column
};

// Calls on_row(line, fields) for every non-blank line of [begin, end), a range of whole lines,
// with line numbers counted from 1 at `begin`. A BOM-less UTF-8 check runs on lines with bytes
// above 0x7F or NUL; quoted fields are unquoted. Stops at the first error: of reading, a line
// over 16 MiB, a field count other than layout.fields, bad quoting, invalid UTF-8 (all located
// at `file` and the line), or the error on_row returns. Returns the number of lines read.
using RowHandler = std::function<Result<void>(std::size_t line, const PanelFields& fields)>;
Result<std::size_t> read_panel_rows(const ByteSource& source, std::uint64_t begin,
                                    std::uint64_t end, const std::string& file, char separator,
                                    const PanelLayout& layout, const RowHandler& on_row);

}  // namespace itzones::io
