#include "csv_lines.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <memory>

#include "fccp.hpp"
#include "text_encoding.hpp"

namespace itzones::io {

Result<std::vector<std::string>> split_csv_line(std::string_view line, char separator) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  bool after_quote = false;  // a closing quote was seen in this field
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c != '"') {
        fields.back() += c;
      } else if (i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else {
        quoted = false;
        after_quote = true;
      }
    } else if (c == separator) {
      fields.emplace_back();
      after_quote = false;
    } else if (after_quote) {
      return fail(fmt::format("unexpected text after a closing quote in field {}", fields.size()));
    } else if (c == '"' && fields.back().empty()) {
      quoted = true;
    } else {
      fields.back() += c;
    }
  }
  if (quoted) {
    return fail(fmt::format("unterminated quote in field {} (line breaks inside quotes are not "
                            "supported)", fields.size()));
  }
  return fields;
}

char detect_separator(std::string_view header) {
  constexpr std::array<char, 3> k_candidates = {',', ';', '\t'};
  std::array<std::size_t, 3> counts{};
  bool quoted = false;
  for (const char c : header) {
    if (c == '"') quoted = !quoted;
    for (std::size_t k = 0; k < k_candidates.size(); ++k) {
      if (!quoted && c == k_candidates[k]) ++counts[k];
    }
  }
  std::size_t best = 0;
  for (std::size_t k = 1; k < k_candidates.size(); ++k) {
    if (counts[k] > counts[best]) best = k;
  }
  return k_candidates[best];
}

std::optional<std::size_t> column_index(const std::vector<std::string>& names, std::string_view name) {
  const auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) return std::nullopt;
  return static_cast<std::size_t>(it - names.begin());
}

std::string separator_name(char separator) {
  return separator == '\t' ? std::string("tab") : fmt::format("'{}'", separator);
}

Result<CsvHeader> read_csv(
    std::string_view text, const std::string& display_name, const CsvDialect& dialect,
    const std::function<Result<void>(const CsvHeader&, std::size_t, std::vector<std::string>&)>&
        on_line) {
  if (auto utf8 = check_utf8_text(text, display_name); !utf8) return fail(utf8.error());
  constexpr std::string_view k_bom = "\xEF\xBB\xBF";
  if (text.starts_with(k_bom)) text.remove_prefix(k_bom.size());
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return fail(Diagnostic{display_name, 0, {}, "empty file (expected a header line)"});
  }
  try {
    ::io::LineReader reader(display_name, text.data(), text.data() + text.size());
    CsvHeader header;
    std::size_t line_number = 0;
    while (const char* raw = reader.next_line()) {
      ++line_number;
      const std::string_view line(raw);
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      if (header.names.empty()) {
        header.separator = dialect.separator != 0 ? dialect.separator : detect_separator(line);
        header.line = line_number;
        auto names = split_csv_line(line, header.separator);
        if (!names) return fail(Diagnostic{display_name, line_number, {}, names.error().message});
        header.names = std::move(*names);
        for (std::string& name : header.names) {
          const auto first = name.find_first_not_of(' ');
          const auto last = name.find_last_not_of(' ');
          name = first == std::string::npos ? std::string() : name.substr(first, last - first + 1);
        }
        continue;
      }
      auto fields = split_csv_line(line, header.separator);
      if (!fields) return fail(Diagnostic{display_name, line_number, {}, fields.error().message});
      if (fields->size() != header.names.size()) {
        return fail(Diagnostic{display_name, line_number, {},
                               fmt::format("expected {} fields separated by {}, got {}",
                                           header.names.size(), separator_name(header.separator),
                                           fields->size())});
      }
      if (auto handled = on_line(header, line_number, *fields); !handled) {
        return fail(handled.error());
      }
    }
    return header;
  } catch (const ::io::error::line_length_limit_exceeded&) {
    return fail(Diagnostic{display_name, 0, {}, "a line is longer than 16 MiB"});
  } catch (const ::io::error::base& e) {
    return fail(Diagnostic{display_name, 0, {}, e.what()});
  }
}

}  // namespace itzones::io
