#include "stats_report.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace itzones::io {
namespace {

constexpr int k_decimals = 3;

std::string maybe(const std::optional<double>& value) { return value ? fixed(*value, k_decimals) : ""; }

nlohmann::ordered_json maybe_json(const std::optional<double>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

const Correlation* with_group(const StatsReport& s, const std::string& indicator) {
  for (const Correlation& c : s.with_group) {
    if (c.a == indicator) return &c;
  }
  return nullptr;
}

nlohmann::ordered_json correlation_json(const Correlation& c) {
  return {{"a", c.a}, {"b", c.b}, {"pairs", c.pairs}, {"pearson", maybe_json(c.pearson)},
          {"spearman", maybe_json(c.spearman)}, {"same_group", c.same_group},
          {"negative_in_group", c.negative_in_group}};
}

}  // namespace

TextTable indicator_stats_table(const StatsReport& s, Lang lang, Headers headers) {
  const bool ids = headers == Headers::ids;
  TextTable t;
  t.title = fmt::format("{} — {}", s.period, word("stats_title", lang));
  for (const char* key : {"indicator", "group", "available", "coverage", "min", "max", "mean", "sd", "skewness",
                          "kurtosis", "outlier", "r_group", "rho_group"}) {
    t.headers.push_back(ids ? key : word(key, lang));
  }
  t.align = {Align::left, Align::left, Align::right, Align::right, Align::right, Align::right, Align::right,
             Align::right, Align::right, Align::right, Align::left, Align::right, Align::right};
  for (const IndicatorStats& st : s.indicators) {
    const Correlation* c = with_group(s, st.indicator);
    const bool any = st.available > 0;
    t.rows.push_back({st.indicator, st.group, fmt::format("{}/{}", st.available, st.regions),
                      fixed(static_cast<double>(st.available) / static_cast<double>(st.regions), k_decimals),
                      any ? fixed(st.raw.min, k_decimals) : "", any ? fixed(st.raw.max, k_decimals) : "",
                      any ? fixed(st.raw.mean, k_decimals) : "", maybe(st.raw.sd), maybe(st.raw.skewness),
                      maybe(st.raw.kurtosis), st.outlier ? "OUT" : "", maybe(c->pearson), maybe(c->spearman)});
  }
  t.notes.push_back(word("stats_note", lang));
  return t;
}

TextTable correlation_table(const StatsReport& s, Lang lang, Headers headers) {
  const bool ids = headers == Headers::ids;
  TextTable t;
  t.title = fmt::format("{} — {}", s.period, word("correlations_title", lang));
  for (const char* key : {"indicator_a", "indicator_b", "pairs", "pearson", "spearman", "same_group", "flag"}) {
    t.headers.push_back(ids ? key : word(key, lang));
  }
  t.align = {Align::left, Align::left, Align::right, Align::right, Align::right, Align::left, Align::left};
  for (const Correlation& c : s.pairs) {
    t.rows.push_back({c.a, c.b, std::to_string(c.pairs), maybe(c.pearson), maybe(c.spearman),
                      c.same_group ? "yes" : "no", c.negative_in_group ? "NEGATIVE" : ""});
  }
  return t;
}

std::string stats_json(const StatsReport& s) {
  using nlohmann::ordered_json;
  ordered_json doc;
  doc["period"] = s.period;
  doc["indicators"] = ordered_json::array();
  for (const IndicatorStats& st : s.indicators) {
    ordered_json j = {{"indicator", st.indicator}, {"group", st.group}, {"regions", st.regions},
                      {"available", st.available}};
    if (st.available > 0) {
      j["min"] = st.raw.min;
      j["max"] = st.raw.max;
      j["mean"] = st.raw.mean;
    }
    j["sd"] = maybe_json(st.raw.sd);
    j["skewness"] = maybe_json(st.raw.skewness);
    j["kurtosis"] = maybe_json(st.raw.kurtosis);
    j["outlier"] = st.outlier;
    doc["indicators"].push_back(j);
  }
  doc["with_group"] = ordered_json::array();
  for (const Correlation& c : s.with_group) doc["with_group"].push_back(correlation_json(c));
  doc["pairs"] = ordered_json::array();
  for (const Correlation& c : s.pairs) doc["pairs"].push_back(correlation_json(c));
  return doc.dump(2) + "\n";
}

std::string render_stats(const StatsReport& s, Format format, Lang lang) {
  if (format == Format::json) return stats_json(s);
  if (format == Format::csv) return render_csv(indicator_stats_table(s, lang, Headers::ids));
  const auto render = format == Format::md ? render_markdown : render_text;
  return render(indicator_stats_table(s, lang, Headers::labels)) + "\n" +
         render(correlation_table(s, lang, Headers::labels));
}

std::vector<OutputFile> stats_files(const StatsReport& s, Format format, Lang lang) {
  switch (format) {
    case Format::table: return {{"stats.txt", render_stats(s, format, lang)}};
    case Format::md: return {{"stats.md", render_stats(s, format, lang)}};
    case Format::json: return {{"stats.json", stats_json(s)}};
    case Format::csv:
      return {{"stats.csv", render_csv(indicator_stats_table(s, lang, Headers::ids))},
              {"stats-correlations.csv", render_csv(correlation_table(s, lang, Headers::ids))}};
  }
  return {};
}

}  // namespace itzones::io
