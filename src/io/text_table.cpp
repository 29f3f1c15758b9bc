#include "text_table.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace itzones::io {
namespace {

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

}  // namespace

std::string render_text(const TextTable& t) {
  std::vector<std::size_t> widths(t.headers.size());
  for (std::size_t c = 0; c < t.headers.size(); ++c) widths[c] = display_width(t.headers[c]);
  for (const auto& row : t.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
  }
  const auto line = [&](const std::vector<std::string>& cells) {
    std::vector<std::string> padded;
    for (std::size_t c = 0; c < cells.size(); ++c) padded.push_back(pad(cells[c], widths[c], t.align[c]));
    std::string s = join_row(padded, "  ");
    s.erase(s.find_last_not_of(' ') + 1);
    return s + "\n";
  };
  std::string out = t.title.empty() ? "" : t.title + "\n";
  out += line(t.headers);
  std::vector<std::string> rules;
  for (const std::size_t w : widths) rules.emplace_back(w, '-');
  out += line(rules);
  for (const auto& row : t.rows) out += line(row);
  for (std::size_t n = 0; n < t.notes.size(); ++n) out += fmt::format("[{}] {}\n", n + 1, t.notes[n]);
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

std::string fixed(double value, int decimals) {
  std::string s = fmt::format("{:.{}f}", value, decimals);
  if (s.starts_with('-') && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  return s;
}

}  // namespace itzones::io
