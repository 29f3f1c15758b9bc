#include "inputs.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

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

Result<std::vector<PublishedScore>> load_published(const std::string& file,
                                                   const std::vector<std::string>& periods,
                                                   const TableOptions& options) {
  auto text = read_file(file);
  if (!text) return fail(text.error());
  std::vector<PublishedScore> scores;
  NumberCells cells(file, options.conventions, options.decimal);
  const auto on_line = [&](const CsvHeader& header, std::size_t line,
                           std::vector<std::string>& fields) -> Result<void> {
    const auto column = [&](const std::string& name) -> Result<std::size_t> {
      for (std::size_t c = 0; c < header.names.size(); ++c) {
        if (header.names[c] == name) return c;
      }
      return fail(Diagnostic{file, header.line, {}, fmt::format("no \"{}\" column in the header", name)});
    };
    const auto id = column("region_id");
    if (!id) return fail(id.error());
    for (const std::string& period : periods) {
      const auto index = column("index_" + period);
      const auto klass = column("class_" + period);
      if (!index) return fail(index.error());
      if (!klass) return fail(klass.error());
      auto value = cells.parse(fields[*index], line, "index_" + period);
      if (!value) return fail(value.error());
      if (!value->value) {
        return fail(Diagnostic{file, line, "index_" + period, "expected a published index, got nothing"});
      }
      scores.push_back(PublishedScore{period, fields[*id], *value->value, fields[*klass], {file, line}});
    }
    return {};
  };
  auto header = read_csv(*text, file, options.dialect, on_line);
  if (!header) return fail(header.error());
  if (scores.empty()) return fail(Diagnostic{file, 0, {}, "no data rows after the header"});
  if (auto marks = cells.finish(); !marks) return fail(marks.error());
  return scores;
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
