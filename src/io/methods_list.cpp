#include "methods_list.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <nlohmann/json.hpp>
#include <ranges>

#include "itzones/hierarchy.hpp"

namespace itzones::io {
namespace {

const char* missing_id(MissingTreatment t) {
  switch (t) {
    case MissingTreatment::error: return "error";
    case MissingTreatment::drop: return "drop";
    case MissingTreatment::impute_mean: return "impute_mean";
    case MissingTreatment::impute_median: return "impute_median";
  }
  return "";
}

}  // namespace

TextTable methods_table(const std::vector<Method>& methods, Lang lang, Headers headers) {
  const bool ids = headers == Headers::ids;
  TextTable t;
  t.title = word("methods_title", lang);
  for (const char* key : {"method", "name", "indicators", "groups", "levels", "normalisation", "aggregation",
                          "missing", "classes"}) {
    t.headers.push_back(ids ? key : word(key, lang));
  }
  t.align = {Align::left, Align::left, Align::right, Align::right, Align::right, Align::left, Align::left,
             Align::left, Align::right};
  for (const Method& m : methods) {
    const Hierarchy h = *hierarchy(m);
    t.rows.push_back({m.id, pick(m.name, lang), std::to_string(m.indicators.size()), std::to_string(m.groups.size()),
                      std::to_string(h.levels), describe(m.normalisation),
                      fmt::format("{}", fmt::join(h.aggregation | std::views::transform(aggregation_id), "/")),
                      missing_id(m.missing), std::to_string(m.classes.size())});
  }
  return t;
}

std::string render_methods(const std::vector<Method>& methods, Format format, Lang lang) {
  if (format == Format::csv) return render_csv(methods_table(methods, lang, Headers::ids));
  if (format == Format::md) return render_markdown(methods_table(methods, lang, Headers::labels));
  if (format == Format::table) return render_text(methods_table(methods, lang, Headers::labels));
  const TextTable t = methods_table(methods, lang, Headers::ids);
  nlohmann::ordered_json doc = nlohmann::ordered_json::array();
  for (const std::vector<std::string>& row : t.rows) {
    nlohmann::ordered_json j;
    for (std::size_t c = 0; c < row.size(); ++c) j[t.headers[c]] = row[c];
    doc.push_back(j);
  }
  return doc.dump(2) + "\n";
}

std::vector<OutputFile> methods_files(const std::vector<Method>& methods, Format format, Lang lang) {
  const char* extension = format == Format::table ? "txt" : format == Format::csv ? "csv" : format == Format::md ? "md" : "json";
  return {{fmt::format("methods.{}", extension), render_methods(methods, format, lang)}};
}

}  // namespace itzones::io
