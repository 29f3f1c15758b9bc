#pragma once
// A grid of already formatted cells, rendered as an aligned text table, Markdown or CSV.

#include <string>
#include <vector>

namespace itzones::io {

enum class Align { left, right };

struct TextTable {
  std::string title;  // printed above the table (text, Markdown); not part of CSV
  std::vector<std::string> headers;
  std::vector<Align> align;  // one per column
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> notes;  // printed below the table as [1] ..., [2] ... (text, Markdown)
};

// Puts `text` in `notes` and returns its marker "[n]", so long explanations stay out of the
// columns of a human table; returns `text` itself for machine tables (`inline_text`).
std::string note(TextTable& table, const std::string& text, bool inline_text);

// Columns padded to their widest cell (counting UTF-8 code points, not bytes), two spaces
// apart, fitted to 100 columns: if the table is wider, columns are one space apart; if it is
// still wider, the text of the key columns (those up to the name column, the widest
// left-aligned one among the first three) is shortened with "…", widest first, to no fewer
// than 8 code points; if that is not enough, the columns after the key go into blocks one under
// another (two spaces apart), each repeating the key, shortened only in a block that needs it.
// Numbers and other columns are never cut (a block of one such column may stay wider than 100).
// The title and notes are wrapped at 100.
std::string render_text(const TextTable& table);
// A GitHub-flavoured Markdown table with `### title`.
std::string render_markdown(const TextTable& table);
// RFC 4180 CSV with LF line ends; fields with `,` `"` or a line break are quoted.
std::string render_csv(const TextTable& table);

// Fixed decimals, never "-0.00", independent of the C locale.
std::string fixed(double value, int decimals);

}  // namespace itzones::io
