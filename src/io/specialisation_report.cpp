#include "specialisation_report.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace itzones::io {
namespace {

using nlohmann::ordered_json;

std::string heading(const std::string& id, Lang lang, Headers headers) {
  return headers == Headers::ids ? id : word(id, lang);
}

std::string measure_heading(Measure m, Headers headers) {
  return headers == Headers::ids ? measure_info(m).id : measure_info(m).symbol;
}

std::string title(const Specialisation& s, const std::string& key, Lang lang) {
  return fmt::format("{} — {} ({})", s.period, word(key, lang), s.industry);
}

// A table with `lead` text columns and one right-aligned number column per heading.
TextTable numeric_table(std::string table_title, std::vector<std::string> lead, const std::vector<std::string>& numbers) {
  TextTable t;
  t.title = std::move(table_title);
  t.align.assign(lead.size(), Align::left);
  t.headers = std::move(lead);
  for (const std::string& h : numbers) {
    t.headers.push_back(h);
    t.align.push_back(Align::right);
  }
  return t;
}

void add_numbers(std::vector<std::string>& row, const std::vector<double>& values, Headers headers) {
  for (const double v : values) row.push_back(fixed(v, measure_decimals(headers)));
}

// A machine table names its period in a leading column: CSV has no titles.
void add_period_column(TextTable& t, const std::string& period) {
  t.headers.insert(t.headers.begin(), "period");
  t.align.insert(t.align.begin(), Align::left);
  for (std::vector<std::string>& row : t.rows) row.insert(row.begin(), period);
}

ordered_json region_json(const Region& r) {
  return ordered_json{{"region_id", r.id}, {"region", r.name}, {"region_en", r.name_en}};
}

ordered_json period_json(const Specialisation& s) {
  ordered_json p = {{"period", s.period}, {"industry", s.industry}, {"notes", s.notes}};
  p["regions"] = ordered_json::array();
  for (const RegionValues& row : s.regions) {
    ordered_json r = region_json(row.region);
    r["industry"] = s.industry;
    for (std::size_t m = 0; m < s.region_measures.size(); ++m) r[measure_info(s.region_measures[m]).id] = row.values[m];
    p["regions"].push_back(r);
  }
  p["industries"] = ordered_json::array();
  for (const IndustryValues& row : s.industries) {
    ordered_json r = {{"industry", row.industry}};
    for (std::size_t m = 0; m < s.industry_measures.size(); ++m) r[measure_info(s.industry_measures[m]).id] = row.values[m];
    p["industries"].push_back(r);
  }
  p["location_quotients"] = ordered_json::array();
  for (std::size_t r = 0; r < s.location_quotients.size(); ++r) {
    for (std::size_t k = 0; k < s.lq_industries.size(); ++k) {
      p["location_quotients"].push_back({{"region_id", s.regions[r].region.id}, {"industry", s.lq_industries[k]},
                                         {"location_quotient", s.location_quotients[r][k]}});
    }
  }
  p["krugman_pairwise"] = ordered_json::array();
  for (std::size_t a = 0; a < s.pairwise.size(); ++a) {
    for (std::size_t b = a + 1; b < s.pairwise.size(); ++b) {
      p["krugman_pairwise"].push_back({{"region_id_a", s.regions[a].region.id}, {"region_id_b", s.regions[b].region.id},
                                       {"krugman_pairwise", s.pairwise[a][b]}});
    }
  }
  return p;
}

// The tables of one period in print order, each with its CSV file stem; empty ones left out.
std::vector<std::pair<std::string, TextTable>> period_tables(const Specialisation& s, Lang lang, Headers headers) {
  std::vector<std::pair<std::string, TextTable>> out;
  for (auto& [stem, t] : std::vector<std::pair<std::string, TextTable>>{
           {"specialisation-regions", region_measures_table(s, lang, headers)},
           {"specialisation-industries", industry_measures_table(s, lang, headers)},
           {"location-quotients", location_quotient_table(s, lang, headers)},
           {"krugman-pairwise", pairwise_table(s, lang, headers)}}) {
    if (t.rows.empty()) continue;
    if (headers == Headers::ids) add_period_column(t, s.period);
    out.emplace_back(stem, std::move(t));
  }
  return out;
}

std::string notes_text(const std::vector<Specialisation>& periods) {
  std::string out;
  for (const Specialisation& s : periods) {
    for (const std::string& n : s.notes) out += "note: " + s.period + ": " + n + "\n";
  }
  return out;
}

}  // namespace

TextTable region_measures_table(const Specialisation& s, Lang lang, Headers headers) {
  std::vector<std::string> numbers;
  for (const Measure m : s.region_measures) numbers.push_back(measure_heading(m, headers));
  TextTable t = numeric_table(title(s, "specialisation_title", lang),
                              {heading("rank", lang, headers), heading("region_id", lang, headers),
                               heading("region", lang, headers)},
                              numbers);
  t.align.front() = Align::right;
  for (std::size_t i = 0; i < s.regions.size(); ++i) {
    std::vector<std::string> row = {std::to_string(i + 1), s.regions[i].region.id, region_name(s.regions[i].region, lang)};
    add_numbers(row, s.regions[i].values, headers);
    t.rows.push_back(std::move(row));
  }
  return t;
}

TextTable industry_measures_table(const Specialisation& s, Lang lang, Headers headers) {
  std::vector<std::string> numbers;
  for (const Measure m : s.industry_measures) numbers.push_back(measure_heading(m, headers));
  TextTable t = numeric_table(title(s, "concentration_title", lang), {heading("industry", lang, headers)}, numbers);
  if (s.industry_measures.empty()) return t;
  for (const IndustryValues& v : s.industries) {
    std::vector<std::string> row = {v.industry};
    add_numbers(row, v.values, headers);
    t.rows.push_back(std::move(row));
  }
  return t;
}

TextTable location_quotient_table(const Specialisation& s, Lang lang, Headers headers) {
  TextTable t = numeric_table(title(s, "lq_title", lang), {heading("region_id", lang, headers)}, s.lq_industries);
  for (std::size_t r = 0; r < s.location_quotients.size(); ++r) {
    std::vector<std::string> row = {s.regions[r].region.id};
    add_numbers(row, s.location_quotients[r], headers);
    t.rows.push_back(std::move(row));
  }
  return t;
}

TextTable pairwise_table(const Specialisation& s, Lang lang, Headers headers) {
  std::vector<std::string> ids;
  for (std::size_t r = 0; r < s.pairwise.size(); ++r) ids.push_back(s.regions[r].region.id);
  TextTable t = numeric_table(title(s, "pairwise_title", lang), {heading("region_id", lang, headers)}, ids);
  for (std::size_t r = 0; r < s.pairwise.size(); ++r) {
    std::vector<std::string> row = {ids[r]};
    add_numbers(row, s.pairwise[r], headers);
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::string measure_legend(const std::vector<Specialisation>& periods, Lang lang) {
  std::vector<Measure> used;
  for (const Specialisation& s : periods) {
    for (const auto* list : {&s.region_measures, &s.industry_measures}) {
      for (const Measure m : *list) {
        if (std::find(used.begin(), used.end(), m) == used.end()) used.push_back(m);
      }
    }
    if (!s.pairwise.empty() && std::find(used.begin(), used.end(), Measure::krugman_pairwise) == used.end()) {
      used.push_back(Measure::krugman_pairwise);
    }
  }
  std::string out = word("legend", lang) + ":";
  for (const Measure m : used) {
    const MeasureInfo& info = measure_info(m);
    out += fmt::format("\n  {} = {}: {}", info.symbol, info.id, pick(info.label, lang));
  }
  return out + "\n";
}

std::string specialisation_json(const std::vector<Specialisation>& periods) {
  ordered_json doc;
  doc["industry"] = periods.empty() ? "" : periods.front().industry;
  doc["periods"] = ordered_json::array();
  for (const Specialisation& s : periods) doc["periods"].push_back(period_json(s));
  return doc.dump(2) + "\n";
}

std::string render_specialisation(const std::vector<Specialisation>& periods, Format format, Lang lang) {
  if (format == Format::json) return specialisation_json(periods);
  const Headers headers = format == Format::csv ? Headers::ids : Headers::labels;
  const auto render = format == Format::csv ? render_csv : format == Format::md ? render_markdown : render_text;
  std::string out;
  for (const Specialisation& s : periods) {
    for (const auto& [stem, t] : period_tables(s, lang, headers)) out += (out.empty() ? "" : "\n") + render(t);
  }
  if (format == Format::csv) return out;
  return out + "\n" + measure_legend(periods, lang) + notes_text(periods);
}

std::vector<OutputFile> specialisation_files(const std::vector<Specialisation>& periods, Format format, Lang lang) {
  switch (format) {
    case Format::table: return {{"specialisation.txt", render_specialisation(periods, format, lang)}};
    case Format::md: return {{"specialisation.md", render_specialisation(periods, format, lang)}};
    case Format::json: return {{"specialisation.json", specialisation_json(periods)}};
    case Format::csv: {
      std::vector<OutputFile> files;
      for (const Specialisation& s : periods) {
        for (const auto& [stem, t] : period_tables(s, lang, Headers::ids)) {
          files.emplace_back(fmt::format("{}-{}.csv", stem, s.period), render_csv(t));
        }
      }
      return files;
    }
  }
  return {};
}

}  // namespace itzones::io
