#pragma once
// Reading the number cells of one file (issue #8). Under DecimalMark::either a cell such as
// "1,234" (thousands or decimals?) is read as decimals only when the file's other cells show
// that mark, and never the other one, as their decimal mark; otherwise the file is refused.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "itzones/number.hpp"
#include "itzones/table.hpp"

namespace itzones::io {

class NumberCells {
 public:
  // `file` names the file in messages.
  NumberCells(std::string file, const MissingConventions& conventions, DecimalMark mark);

  // Parses one cell (parse_number). Error, located `file:line: column "x": ...`: the cell is
  // not a number.
  Result<Cell> parse(std::string_view text, std::size_t line, const std::string& column);

  // Records what a cell parsed elsewhere says about the file's decimal mark, as parse() does: for
  // readers that parse parts of a file apart and then note each part's first cells of each kind
  // in file order.
  void note(const ParsedNumber& parsed, std::string_view text, std::size_t line, const std::string& column);

  // Call after the last cell. Error (under DecimalMark::either), located at the first
  // ambiguous cell whose mark no other cell settles:
  //   `"1,234" is ambiguous: ',' may be the decimal mark or group thousands, and no other cell
  //    shows which; give --decimal comma or --decimal point`, or, when another cell prints the
  //   other mark, `..., and "2.5" (line 3, column "grp") has '.' as the decimal mark; give ...`.
  Result<void> finish() const;

 private:
  struct Seen {
    std::string text;
    std::size_t line = 0;
    std::string column;
  };
  // Index 0 for ',', 1 for '.'.
  static std::size_t slot(char mark) { return mark == ',' ? 0 : 1; }

  std::string m_file;
  const MissingConventions& m_conventions;
  DecimalMark m_mark;
  std::array<std::optional<Seen>, 2> m_first_ambiguous;  // the first cell like "1,234"
  std::array<std::optional<Seen>, 2> m_first_decimal;    // the first other cell with the mark
};

}  // namespace itzones::io
