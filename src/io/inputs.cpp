#include "inputs.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <optional>

#include "csv_lines.hpp"
#include "files.hpp"
#include "method_json.hpp"
#include "number_cells.hpp"

namespace itzones::io {

Result<PeriodInput> load_period(const std::string& period, const std::vector<std::string>& files,
                                const Method& method, const TableOptions& options) {
  const std::set<std::string> columns = input_columns(method);
  std::vector<RegionTable> tables;
  for (const std::string& file : files) {
    auto text = read_file(file);
    if (!text) return fail(text.error());
    auto table = parse_region_table(*text, file, columns, options);
    if (!table) return fail(table.error());
    tables.push_back(std::move(*table));
  }
  auto joined = join_tables(tables);
  if (!joined) return fail(joined.error());
  const std::vector<std::string> missing = unformable_indicators(*joined, method);
  if (!missing.empty()) {
    return fail(fmt::format("{}: {}; none of these files has them: {}", period,
                            fmt::join(missing, "; "), fmt::join(files, ", ")));
  }
  return PeriodInput{period, std::move(*joined)};
}

Result<PublishedTable> load_published_table(const std::string& file, const std::vector<std::string>& periods,
                                            const TableOptions& options) {
  auto text = read_file(file);
  if (!text) return fail(text.error());
  PublishedTable table;
  NumberCells cells(file, options.conventions, options.decimal);
  const std::string change_column =
      periods.size() < 2 ? std::string() : fmt::format("change_{}_{}", periods.back(), periods.front());
  const auto on_line = [&](const CsvHeader& header, std::size_t line,
                           std::vector<std::string>& fields) -> Result<void> {
    const auto column = [&](const std::string& name) -> Result<std::size_t> {
      if (const auto c = column_index(header.names, name)) return *c;
      return fail(Diagnostic{file, header.line, {}, fmt::format("no \"{}\" column in the header", name)});
    };
    // A number a cell must hold: what `what` names in the message when it is empty.
    const auto number = [&](std::size_t c, const std::string& name, const char* what) -> Result<Cell> {
      auto value = cells.parse(fields[c], line, name);
      if (!value) return fail(value.error());
      if (!value->value) return fail(Diagnostic{file, line, name, fmt::format("expected a published {}, got nothing", what)});
      return value;
    };
    const auto id = column("region_id");
    if (!id) return fail(id.error());
    for (const std::string& period : periods) {
      const auto index = column("index_" + period);
      const auto klass = column("class_" + period);
      if (!index) return fail(index.error());
      if (!klass) return fail(klass.error());
      auto value = number(*index, "index_" + period, "index");
      if (!value) return fail(value.error());
      table.scores.push_back(PublishedScore{period, fields[*id], *value->value, fields[*klass], {file, line}});
    }
    if (const auto change = change_column.empty() ? std::nullopt : column_index(header.names, change_column)) {
      auto value = number(*change, change_column, "change");
      if (!value) return fail(value.error());
      table.changes.push_back(PublishedChange{fields[*id], *value->value, value->decimals, {file, line}});
    }
    return {};
  };
  auto header = read_csv(*text, file, options.dialect, on_line);
  if (!header) return fail(header.error());
  if (table.scores.empty()) return fail(Diagnostic{file, 0, {}, "no data rows after the header"});
  if (auto marks = cells.finish(); !marks) return fail(marks.error());
  return table;
}

Result<std::vector<PublishedScore>> load_published(const std::string& file,
                                                   const std::vector<std::string>& periods,
                                                   const TableOptions& options) {
  auto table = load_published_table(file, periods, options);
  if (!table) return fail(table.error());
  return std::move(table->scores);
}

Result<Method> find_method(const std::string& id, const std::filesystem::path& base_dir) {
  if (id.ends_with(".json")) return load_method((base_dir / id).lexically_normal());
  auto method = builtin_method(id);
  if (!method) {
    std::vector<std::string> ids;
    for (const Method& m : builtin_methods()) ids.push_back(m.id);
    return fail(fmt::format("unknown method \"{}\" (built-in: {})", id, fmt::join(ids, ", ")));
  }
  return *method;
}

Result<std::vector<PeriodInput>> load_periods(const Study& study, const Method& method,
                                              const TableOptions& options) {
  std::vector<PeriodInput> periods;
  for (const PeriodFiles& p : study.periods) {
    auto input = load_period(p.period, p.files, method, options);
    if (!input) return fail(input.error());
    periods.push_back(std::move(*input));
  }
  return periods;
}

}  // namespace itzones::io
