#include "text_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "itzones/display_digits.hpp"

namespace itzones::io {
namespace {

// The width human tables, their titles and notes are fitted to (terminal columns).
constexpr std::size_t k_text_width = 100;
// Text in the key columns of a wide table is never shortened below this many code points.
constexpr std::size_t k_min_name_width = 8;

std::size_t display_width(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string pad(const std::string& s, std::size_t width, Align align) {
  const std::string fill(width - std::min(width, display_width(s)), ' ');
  return align == Align::left ? s + fill : fill + s;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (const char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string join_row(const std::vector<std::string>& cells, const std::string& sep) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? sep : "") + cells[i];
  return out;
}

// Cuts `s` to `width` code points, the last of them "…", when it is wider.
std::string shorten(const std::string& s, std::size_t width) {
  if (display_width(s) <= width) return s;
  std::size_t kept = 0;
  std::size_t end = 0;
  while (end < s.size() && kept < width - 1) {
    ++end;
    while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
    ++kept;
  }
  return s.substr(0, end) + "…";
}

// `text` broken at spaces into lines of at most k_text_width code points (a longer word stays
// whole), every line after the first indented by `indent` spaces.
std::string wrap(const std::string& text, std::size_t indent) {
  std::string out;
  std::size_t line_width = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    const std::string word = text.substr(start, end - start);
    const std::size_t width = display_width(word);
    if (line_width > indent && line_width + 1 + width > k_text_width) {
      out += "\n" + std::string(indent, ' ');
      line_width = indent;
    } else if (start > 0) {
      out += ' ';
      ++line_width;
    }
    out += word;
    line_width += width;
    start = end + 1;
  }
  return out + "\n";
}

std::size_t total_width(const std::vector<std::size_t>& widths, const std::vector<std::size_t>& columns,
                        std::size_t gap) {
  std::size_t total = columns.empty() ? 0 : gap * (columns.size() - 1);
  for (const std::size_t c : columns) total += widths[c];
  return total;
}

// Takes up to `excess` code points off the left-aligned columns of `key`, one at a time from the
// widest (the later on a tie), none below k_min_name_width; returns what could not be taken.
std::size_t shorten_key(const TextTable& t, const std::vector<std::size_t>& key, std::vector<std::size_t>& widths,
                        std::size_t excess) {
  for (; excess > 0; --excess) {
    std::optional<std::size_t> widest;
    for (const std::size_t c : key) {
      if (t.align[c] == Align::left && widths[c] > k_min_name_width && (!widest || widths[c] >= widths[*widest])) {
        widest = c;
      }
    }
    if (!widest) break;
    --widths[*widest];
  }
  return excess;
}

// Columns printed together, with their widths.
struct Block {
  std::vector<std::size_t> columns;
  std::vector<std::size_t> widths;  // of every column of the table
};

// How a table is laid out in k_text_width: blocks of columns one under another (each repeating
// the key columns) and the gap between columns.
struct Layout {
  std::vector<Block> blocks;
  std::size_t gap = 2;
};

Layout lay_out(const TextTable& t, const std::vector<std::size_t>& natural) {
  std::vector<std::size_t> all(natural.size());
  for (std::size_t c = 0; c < all.size(); ++c) all[c] = c;
  if (total_width(natural, all, 2) <= k_text_width) return {{{all, natural}}, 2};
  if (total_width(natural, all, 1) <= k_text_width) return {{{all, natural}}, 1};
  // The name column: the widest left-aligned one among the first three (the later on a tie).
  // It and the columns before it are the key that identifies a row.
  std::size_t name = 0;
  for (std::size_t c = 0; c < std::min<std::size_t>(3, natural.size()); ++c) {
    if (t.align[c] == Align::left && natural[c] >= natural[name]) name = c;
  }
  const std::vector<std::size_t> key(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(name + 1));
  std::vector<std::size_t> widths = natural;
  const std::size_t left_over = shorten_key(t, key, widths, total_width(natural, all, 1) - k_text_width);
  if (left_over == 0 || key.size() == all.size()) return {{{all, widths}}, 1};
  // Too wide even so: the other columns in blocks, as many to a block as fit beside the key,
  // the key's text shortened only in a block that needs it.
  Layout layout;
  for (std::size_t c = name + 1; c < natural.size(); ++c) {
    std::vector<std::size_t> wider = layout.blocks.empty() ? key : layout.blocks.back().columns;
    wider.push_back(c);
    if (!layout.blocks.empty() && total_width(natural, wider, 2) <= k_text_width) {
      layout.blocks.back().columns = std::move(wider);
    } else {
      layout.blocks.push_back({key, natural});
      layout.blocks.back().columns.push_back(c);
    }
  }
  for (Block& block : layout.blocks) {
    const std::size_t width = total_width(natural, block.columns, 2);
    if (width > k_text_width) shorten_key(t, key, block.widths, width - k_text_width);
  }
  return layout;
}

}  // namespace

std::string render_text(const TextTable& t) {
  std::vector<std::size_t> natural(t.headers.size());
  for (std::size_t c = 0; c < t.headers.size(); ++c) natural[c] = display_width(t.headers[c]);
  for (const auto& row : t.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) natural[c] = std::max(natural[c], display_width(row[c]));
  }
  const Layout layout = lay_out(t, natural);
  const auto line = [&](const std::vector<std::string>& cells, const Block& block) {
    std::vector<std::string> padded;
    for (const std::size_t c : block.columns) {
      const std::size_t width = block.widths[c];
      padded.push_back(pad(c < cells.size() ? shorten(cells[c], width) : "", width, t.align[c]));
    }
    std::string s = join_row(padded, std::string(layout.gap, ' '));
    s.erase(s.find_last_not_of(' ') + 1);
    return s + "\n";
  };
  std::string out = t.title.empty() ? "" : wrap(t.title, 0);
  for (std::size_t b = 0; b < layout.blocks.size(); ++b) {
    const Block& block = layout.blocks[b];
    std::vector<std::string> rules;
    for (const std::size_t w : block.widths) rules.emplace_back(w, '-');
    if (b > 0) out += "\n";
    out += line(t.headers, block);
    out += line(rules, block);
    for (const auto& row : t.rows) out += line(row, block);
  }
  for (std::size_t n = 0; n < t.notes.size(); ++n) {
    const std::string marker = fmt::format("[{}] ", n + 1);
    out += wrap(marker + t.notes[n], marker.size());
  }
  return out;
}

std::string note(TextTable& table, const std::string& text, bool inline_text) {
  if (inline_text || text.empty()) return text;
  table.notes.push_back(text);
  return fmt::format("[{}]", table.notes.size());
}

std::string render_markdown(const TextTable& t) {
  const auto escape = [](const std::string& s) {
    std::string out;
    for (const char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
    return out;
  };
  const auto line = [&](const std::vector<std::string>& cells) {
    std::vector<std::string> escaped;
    for (const auto& c : cells) escaped.push_back(escape(c));
    return "| " + join_row(escaped, " | ") + " |\n";
  };
  std::string out = t.title.empty() ? "" : "### " + t.title + "\n\n";
  out += line(t.headers);
  std::vector<std::string> rules;
  for (const Align a : t.align) rules.emplace_back(a == Align::right ? "---:" : "---");
  out += "|" + join_row(rules, "|") + "|\n";
  for (const auto& row : t.rows) out += line(row);
  if (!t.notes.empty()) out += "\n";
  for (std::size_t n = 0; n < t.notes.size(); ++n) out += fmt::format("{}. {}\n", n + 1, escape(t.notes[n]));
  return out;
}

std::string render_csv(const TextTable& t) {
  const auto line = [](const std::vector<std::string>& cells) {
    std::vector<std::string> quoted;
    for (const auto& c : cells) quoted.push_back(csv_field(c));
    return join_row(quoted, ",") + "\n";
  };
  std::string out = line(t.headers);
  for (const auto& row : t.rows) out += line(row);
  return out;
}

std::string fixed(double value, int decimals) { return fixed_notation(value, decimals); }

}  // namespace itzones::io
