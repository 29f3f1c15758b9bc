#include "line_diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace itzones::io {
namespace {

// The longest edit distance searched; beyond it the texts are shown as one replacement.
constexpr std::ptrdiff_t k_max_edits = 4000;

// Lines without their LF; `last_has_newline` is false when the text does not end in LF.
struct Lines {
  std::vector<std::string_view> lines;
  bool last_has_newline = true;
};

Lines split_lines(std::string_view text) {
  Lines out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      out.lines.push_back(text.substr(start));
      out.last_has_newline = false;
      break;
    }
    out.lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

enum class Op { equal, remove, insert };

struct Edit {
  Op op = Op::equal;
  std::size_t a = 0;  // line index in `before` (equal, remove)
  std::size_t b = 0;  // line index in `after` (equal, insert)
};

// The shortest edit script between a[a0, a1) and b[b0, b1), or nothing when it is longer
// than k_max_edits. The furthest-reaching x of every step is kept for the backtrack: O(D^2) memory.
std::vector<Edit> myers(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b,
                        std::ptrdiff_t a0, std::ptrdiff_t a1, std::ptrdiff_t b0, std::ptrdiff_t b1,
                        bool& found) {
  const std::ptrdiff_t n = a1 - a0;
  const std::ptrdiff_t m = b1 - b0;
  const std::ptrdiff_t max_d = std::min(n + m, k_max_edits);
  std::vector<std::vector<std::ptrdiff_t>> trace;  // trace[d][k + d] = furthest x on diagonal k
  found = false;
  std::ptrdiff_t d_end = 0;
  for (std::ptrdiff_t d = 0; d <= max_d && !found; ++d) {
    std::vector<std::ptrdiff_t> next(static_cast<std::size_t>(2 * d + 1), 0);
    for (std::ptrdiff_t k = -d; k <= d; k += 2) {
      std::ptrdiff_t x = 0;
      if (d > 0) {
        const std::vector<std::ptrdiff_t>& t = trace.back();
        const auto at = [&](std::ptrdiff_t diagonal) { return t[static_cast<std::size_t>(diagonal + d - 1)]; };
        x = k == -d || (k != d && at(k - 1) < at(k + 1)) ? at(k + 1)  // down: an insertion
                                                         : at(k - 1) + 1;  // right: a removal
      }
      std::ptrdiff_t y = x - k;
      while (x < n && y < m && a[static_cast<std::size_t>(a0 + x)] == b[static_cast<std::size_t>(b0 + y)]) ++x, ++y;
      next[static_cast<std::size_t>(k + d)] = x;
      if (x >= n && y >= m) found = true, d_end = d;
    }
    trace.push_back(std::move(next));
  }
  if (!found) return {};
  // Backtrack from (n, m) to (0, 0).
  std::vector<Edit> reversed;
  std::ptrdiff_t x = n;
  std::ptrdiff_t y = m;
  for (std::ptrdiff_t d = d_end; d > 0; --d) {
    const std::vector<std::ptrdiff_t>& t = trace[static_cast<std::size_t>(d - 1)];
    const auto at = [&](std::ptrdiff_t k) { return t[static_cast<std::size_t>(k + d - 1)]; };
    const std::ptrdiff_t k = x - y;
    const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
    const std::ptrdiff_t prev_k = down ? k + 1 : k - 1;
    const std::ptrdiff_t prev_x = at(prev_k);
    const std::ptrdiff_t prev_y = prev_x - prev_k;
    while (x > (down ? prev_x : prev_x + 1) && y > (down ? prev_y + 1 : prev_y)) {
      --x, --y;
      reversed.push_back({Op::equal, static_cast<std::size_t>(a0 + x), static_cast<std::size_t>(b0 + y)});
    }
    if (down) {
      --y;
      reversed.push_back({Op::insert, 0, static_cast<std::size_t>(b0 + y)});
    } else {
      --x;
      reversed.push_back({Op::remove, static_cast<std::size_t>(a0 + x), 0});
    }
  }
  while (x > 0 && y > 0) {
    --x, --y;
    reversed.push_back({Op::equal, static_cast<std::size_t>(a0 + x), static_cast<std::size_t>(b0 + y)});
  }
  return {reversed.rbegin(), reversed.rend()};
}

// The edit script for the whole texts: common head and tail first, Myers in between.
std::vector<Edit> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
  std::vector<Edit> script;
  for (std::size_t i = 0; i < head; ++i) script.push_back({Op::equal, i, i});
  bool found = false;
  std::vector<Edit> middle =
      myers(a, b, static_cast<std::ptrdiff_t>(head), static_cast<std::ptrdiff_t>(a.size() - tail),
            static_cast<std::ptrdiff_t>(head), static_cast<std::ptrdiff_t>(b.size() - tail), found);
  if (!found) {
    for (std::size_t i = head; i < a.size() - tail; ++i) middle.push_back({Op::remove, i, 0});
    for (std::size_t j = head; j < b.size() - tail; ++j) middle.push_back({Op::insert, 0, j});
  }
  script.insert(script.end(), middle.begin(), middle.end());
  for (std::size_t i = tail; i > 0; --i) script.push_back({Op::equal, a.size() - i, b.size() - i});
  return script;
}

// "start,count" of a hunk side as GNU diff writes it (count 1 omitted; empty side: line before).
std::string range(std::size_t first, std::size_t count) {
  if (count == 1) return fmt::format("{}", first + 1);
  return fmt::format("{},{}", count == 0 ? first : first + 1, count);
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& before_label,
                         const std::string& after_label, std::size_t context) {
  if (before == after) return {};
  const Lines a = split_lines(before);
  const Lines b = split_lines(after);
  const std::vector<Edit> script = edit_script(a.lines, b.lines);

  const auto line_of = [&](const Edit& e) {
    const bool in_a = e.op != Op::insert;
    const Lines& side = in_a ? a : b;
    const std::size_t index = in_a ? e.a : e.b;
    const char mark = e.op == Op::equal ? ' ' : e.op == Op::remove ? '-' : '+';
    std::string text = mark + std::string(side.lines[index]) + "\n";
    // An equal last line can still differ in its newline; then it is a change, see below.
    if (index + 1 == side.lines.size() && !side.last_has_newline) text += "\\ No newline at end of file\n";
    return text;
  };

  // An equal last line whose newline differs is a removal plus an insertion.
  std::vector<Edit> edits;
  for (const Edit& e : script) {
    const bool last_pair = e.op == Op::equal && e.a + 1 == a.lines.size() && e.b + 1 == b.lines.size();
    if (last_pair && a.last_has_newline != b.last_has_newline) {
      edits.push_back({Op::remove, e.a, 0});
      edits.push_back({Op::insert, 0, e.b});
    } else {
      edits.push_back(e);
    }
  }

  std::string out = fmt::format("--- {}\n+++ {}\n", before_label, after_label);
  std::size_t i = 0;
  while (i < edits.size()) {
    if (edits[i].op == Op::equal) {
      ++i;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` lines after the last change
    // that is at most 2 * context equal lines away from the next.
    const std::size_t start = i - std::min(i, context);
    std::size_t end = i;
    std::size_t equal_run = 0;
    for (std::size_t j = i; j < edits.size(); ++j) {
      if (edits[j].op == Op::equal) {
        if (++equal_run > 2 * context) break;
      } else {
        equal_run = 0;
        end = j + 1;
      }
    }
    end = std::min(edits.size(), end + context);
    std::size_t a_first = 0, b_first = 0, a_count = 0, b_count = 0;
    bool a_seen = false, b_seen = false;
    // Where each side starts: the first line of that side in the hunk, or the line after the
    // last line of that side before the hunk.
    std::size_t a_next = 0, b_next = 0;
    for (std::size_t j = 0; j < start; ++j) {
      if (edits[j].op != Op::insert) a_next = edits[j].a + 1;
      if (edits[j].op != Op::remove) b_next = edits[j].b + 1;
    }
    std::string body;
    for (std::size_t j = start; j < end; ++j) {
      const Edit& e = edits[j];
      if (e.op != Op::insert) {
        if (!a_seen) a_first = e.a, a_seen = true;
        ++a_count;
      }
      if (e.op != Op::remove) {
        if (!b_seen) b_first = e.b, b_seen = true;
        ++b_count;
      }
      body += line_of(e);
    }
    if (!a_seen) a_first = a_next;
    if (!b_seen) b_first = b_next;
    out += fmt::format("@@ -{} +{} @@\n", range(a_first, a_count), range(b_first, b_count)) + body;
    i = end;
  }
  return out;
}

std::string coloured_diff(std::string_view diff) {
  const Lines lines = split_lines(diff);
  std::string out;
  bool header = false;  // the "+++" line after a "---" header line
  for (std::size_t i = 0; i < lines.lines.size(); ++i) {
    const std::string_view line = lines.lines[i];
    const bool next_is_after = i + 1 < lines.lines.size() && lines.lines[i + 1].starts_with("+++ ");
    const bool is_header = header || (line.starts_with("--- ") && next_is_after);
    header = !header && is_header;
    const char* colour = is_header                ? "\x1b[1m"
                         : line.starts_with("@@") ? "\x1b[36m"
                         : line.starts_with('-')  ? "\x1b[31m"
                         : line.starts_with('+')  ? "\x1b[32m"
                                                  : "";
    out += *colour == '\0' ? std::string(line) : fmt::format("{}{}\x1b[m", colour, line);
    if (i + 1 < lines.lines.size() || lines.last_has_newline) out += '\n';
  }
  return out;
}

}  // namespace itzones::io
