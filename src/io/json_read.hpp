#pragma once
// Reading JSON documents with errors that name the JSON path of a wrong value.

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "itzones/diagnostic.hpp"

namespace itzones::io {

// A wrong value: its JSON pointer (e.g. "/periods/0/files", "" for the document) and what is wrong.
struct JsonError {
  std::string path;
  std::string message;
};

// Parses `text`. Errors: text that is not UTF-8 (check_utf8_text, `display_name:line: not UTF-8 ...`),
// `display_name:line:column: invalid JSON: ...`.
Result<nlohmann::json> parse_json(std::string_view text, const std::string& display_name);

// `object[key]` when `(value.*is_kind)()` holds. Throws JsonError at path/key:
// "missing; expected <expected>" or "expected <expected>".
const nlohmann::json& member(const nlohmann::json& object, const std::string& key,
                             const std::string& path, bool (nlohmann::json::*is_kind)() const noexcept,
                             const char* expected);

// `display_name: at /path: message`.
Diagnostic json_diagnostic(const std::string& display_name, const JsonError& error);

}  // namespace itzones::io
