#include "published_shares_csv.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "files.hpp"

namespace itzones::io {
namespace {

const char* printed_name(Printed p) { return p == Printed::dash ? "dash" : "number"; }

}  // namespace

Result<std::vector<PublishedShare>> parse_published_shares(std::string_view text, const std::string& file,
                                                           const std::map<std::string, std::string>& columns,
                                                           const TableOptions& options) {
  std::vector<PublishedShare> shares;
  const auto on_line = [&](const CsvHeader& header, std::size_t line,
                           std::vector<std::string>& fields) -> Result<void> {
    const auto field = [&](const std::string& name) { return column_index(header.names, name); };
    const auto id = field("region_id");
    if (!id) return fail(Diagnostic{file, 1, {}, "no \"region_id\" column in the header"});
    for (const auto& [period, column] : columns) {
      const auto value = field(column);
      if (!value) return fail(Diagnostic{file, 1, {}, fmt::format("no \"{}\" column in the header", column)});
      const std::string& cell = fields[*value];
      const auto& zeros = options.conventions.zero_tokens;
      const Printed printed = std::find(zeros.begin(), zeros.end(), cell) != zeros.end() ? Printed::dash : Printed::number;
      if (const auto companion = field(column + "_printed"); companion && fields[*companion] != printed_name(printed)) {
        return fail(Diagnostic{file, line, column + "_printed",
                               fmt::format("says \"{}\", but column \"{}\" holds \"{}\"", fields[*companion],
                                           column, cell)});
      }
      auto parsed = parse_number(cell, options.conventions);
      if (!parsed) return fail(Diagnostic{file, line, column, parsed.error().message});
      if (!parsed->value) return fail(Diagnostic{file, line, column, "expected a published value, got nothing"});
      shares.push_back(PublishedShare{period, fields[*id], *parsed->value, printed, parsed->decimals, {file, line}});
    }
    return {};
  };
  auto header = read_csv(text, file, options.dialect, on_line);
  if (!header) return fail(header.error());
  if (shares.empty()) return fail(Diagnostic{file, 0, {}, "no data rows after the header"});
  return shares;
}

Result<std::vector<PublishedShare>> load_published_shares(const std::string& path,
                                                          const std::map<std::string, std::string>& columns,
                                                          const TableOptions& options) {
  auto text = read_file(path);
  if (!text) return fail(text.error());
  return parse_published_shares(*text, path, columns, options);
}

}  // namespace itzones::io
