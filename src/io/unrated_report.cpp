#include "unrated_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <nlohmann/json.hpp>

#include "specialisation_report.hpp"
#include "text_table.hpp"

namespace itzones::io {
namespace {

using nlohmann::ordered_json;

std::string listed(const std::vector<std::string>& items) {
  return items.empty() ? std::string("—") : fmt::format("{}", fmt::join(items, ", "));
}

}  // namespace

std::vector<TitledLines> unrated_sections(const UnratedRun& run, Lang lang) {
  std::vector<TitledLines> out;
  out.push_back(TitledLines{word("stage1_not_computed", lang),
                        {fmt::format("{}: {}", word("stage1_provided", lang), listed(run.gaps.provided)),
                         fmt::format("{} {}: {}", word("stage1_missing", lang), run.method_id, listed(run.gaps.missing)),
                         fmt::format("{}: {}", word("stage1_formable", lang), listed(run.gaps.formable)),
                         fmt::format("{}: {}", word("stage1_unformable", lang), fmt::join(run.gaps.unformable, "; ")),
                         word("stage1_consequence", lang),
                         fmt::format("{}: {}", word("stage1_reason", lang), run.reason)}});
  if (run.boundaries) {
    out.push_back(TitledLines{fmt::format("{} {}", word("boundaries_title", lang), *run.boundaries), run.merges});
  }
  if (!run.notes.empty()) out.push_back(TitledLines{word("notes_title", lang), run.notes});
  return out;
}

namespace {

std::string render_sections(const std::vector<TitledLines>& list, Format format) {
  std::string out;
  for (const TitledLines& s : list) {
    out += format == Format::md ? fmt::format("\n### {}\n\n", s.title) : fmt::format("\n{}\n", s.title);
    for (const std::string& line : s.lines) out += (format == Format::md ? "- " : "  ") + line + "\n";
  }
  return out;
}

}  // namespace

TextTable series_table(const SeriesTable& s, Lang lang, Headers headers) {
  const MeasureInfo& info = measure_info(s.measure);
  TextTable t;
  const std::string of = info.scope == Scope::region_in_industry ? fmt::format(" ({})", s.industry) : "";
  t.title = fmt::format("{}{} — {}", pick(info.label, lang), of, word("over_time", lang));
  t.headers = {headers == Headers::ids ? "region_id" : word("region_id", lang),
               headers == Headers::ids ? "region" : word("region", lang)};
  t.align = {Align::left, Align::left};
  for (const std::string& p : s.periods) {
    t.headers.push_back(p);
    t.align.push_back(Align::right);
  }
  for (std::size_t r = 0; r < s.regions.size(); ++r) {
    std::vector<std::string> row = {s.regions[r].id, region_name(s.regions[r], lang)};
    for (const double v : s.values[r]) row.push_back(fixed(v, measure_decimals(headers)));
    t.rows.push_back(std::move(row));
  }
  return t;
}

namespace {

ordered_json series_json(const SeriesTable& s) {
  ordered_json doc = {{"measure", measure_info(s.measure).id}, {"industry", s.industry}, {"periods", s.periods}};
  doc["regions"] = ordered_json::array();
  for (std::size_t r = 0; r < s.regions.size(); ++r) {
    doc["regions"].push_back({{"region_id", s.regions[r].id}, {"region", s.regions[r].name},
                              {"region_en", s.regions[r].name_en}, {"values", s.values[r]}});
  }
  return doc;
}

std::string unrated_json(const UnratedRun& run) {
  ordered_json doc = {{"study", run.study_name}, {"method", run.method_id}};
  doc["stage1"] = {{"available", false},          {"provided", run.gaps.provided},
                   {"missing", run.gaps.missing}, {"formable", run.gaps.formable},
                   {"unformable", run.gaps.unformable}, {"not_computed", {"rating", "zones"}},
                   {"reason", run.reason}};
  doc["boundaries"] = run.boundaries ? ordered_json(*run.boundaries) : ordered_json();
  doc["merges"] = run.merges;
  doc["notes"] = run.notes;
  doc["over_time"] = ordered_json::array();
  for (const SeriesTable& s : run.series) doc["over_time"].push_back(series_json(s));
  doc["specialisation"] = ordered_json::parse(specialisation_json(run.periods));
  return doc.dump(2) + "\n";
}

}  // namespace

std::string stage1_note(const UnratedRun& run) {
  return fmt::format("stage 1 (innovation rating) not computed: the sources lack {}; so are the IT-cluster zones",
                     listed(run.gaps.missing));
}

std::string render_unrated(const UnratedRun& run, Format format, Lang lang) {
  if (format == Format::json) return unrated_json(run);
  const Headers headers = format == Format::csv ? Headers::ids : Headers::labels;
  const auto render = format == Format::csv ? render_csv : format == Format::md ? render_markdown : render_text;
  std::string tables;
  for (const SeriesTable& s : run.series) tables += render(series_table(s, lang, headers)) + "\n";
  const std::string detail = render_specialisation(run.periods, format, lang);
  if (format == Format::csv) return tables + detail;
  const std::string name = format == Format::md ? "## " + run.study_name : run.study_name;
  return name + "\n" + render_sections(unrated_sections(run, lang), format) + "\n" + tables + detail;
}

std::vector<OutputFile> unrated_files(const UnratedRun& run, Format format, Lang lang) {
  switch (format) {
    case Format::table: return {{"run.txt", render_unrated(run, format, lang)}};
    case Format::md: return {{"run.md", render_unrated(run, format, lang)}};
    case Format::json: return {{"run.json", unrated_json(run)}};
    case Format::csv: {
      std::vector<OutputFile> files;
      for (const SeriesTable& s : run.series) {
        files.emplace_back(fmt::format("over-time-{}.csv", measure_info(s.measure).id),
                           render_csv(series_table(s, lang, Headers::ids)));
      }
      for (OutputFile& f : specialisation_files(run.periods, format, lang)) files.push_back(std::move(f));
      return files;
    }
  }
  return {};
}

}  // namespace itzones::io
