#include "json_read.hpp"

#include <fmt/format.h>

#include "text_encoding.hpp"

namespace itzones::io {
namespace {

// Line and column (1-based) of byte offset `byte` in `text`.
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t byte) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

}  // namespace

Result<nlohmann::json> parse_json(std::string_view text, const std::string& display_name) {
  if (auto utf8 = check_utf8_text(text, display_name); !utf8) return fail(utf8.error());
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    const auto [line, column] = line_column(text, e.byte == 0 ? 0 : e.byte - 1);
    std::string what = e.what();
    // nlohmann's text is "[json.exception.parse_error.101] parse error at line L, column C: ..."
    const auto colon = what.find(": ", what.find("column"));
    if (colon != std::string::npos) what = what.substr(colon + 2);
    return fail(Diagnostic{fmt::format("{}:{}:{}", display_name, line, column), 0, {},
                           fmt::format("invalid JSON: {}", what)});
  } catch (const nlohmann::json::out_of_range& e) {
    // A number beyond a double (1e999): the message names the number ("number overflow parsing
    // '1e999'") but not where it is, so look for it.
    std::string what = e.what();
    what = what.substr(what.find(']') + 2);
    const auto quote = what.find('\'');
    const std::string number =
        quote == std::string::npos ? std::string() : what.substr(quote + 1, what.rfind('\'') - quote - 1);
    const std::size_t at = number.empty() ? std::string_view::npos : text.find(number);
    const auto [line, column] = line_column(text, at == std::string_view::npos ? 0 : at);
    return fail(Diagnostic{fmt::format("{}:{}:{}", display_name, line, column), 0, {},
                           fmt::format("invalid JSON: {}", what)});
  }
}

const nlohmann::json& member(const nlohmann::json& object, const std::string& key,
                             const std::string& path, bool (nlohmann::json::*is_kind)() const noexcept,
                             const char* expected) {
  if (!object.contains(key)) throw JsonError{path + "/" + key, fmt::format("missing; expected {}", expected)};
  const nlohmann::json& value = object.at(key);
  if (!(value.*is_kind)()) throw JsonError{path + "/" + key, fmt::format("expected {}", expected)};
  return value;
}

Diagnostic json_diagnostic(const std::string& display_name, const JsonError& error) {
  return Diagnostic{display_name, 0, {},
                    fmt::format("at {}: {}", error.path.empty() ? "/" : error.path, error.message)};
}

}  // namespace itzones::io
