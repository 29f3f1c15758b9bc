#include "html_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <utility>

#include "charts.hpp"
#include "rating_report.hpp"
#include "robustness_report.hpp"
#include "report_words.hpp"
#include "specialisation_report.hpp"
#include "svg.hpp"
#include "text_table.hpp"
#include "unrated_report.hpp"
#include "zones_report.hpp"

namespace itzones::io {
namespace {

using svg::escape;

// The page's style: system fonts only, readable on a phone (charts scroll sideways rather than
// shrink below legibility) and on paper (no navigation, no breaks inside a figure or table row).
constexpr const char* k_css = R"(:root{color-scheme:light}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans","DejaVu Sans",sans-serif;color:#1d1d1d;background:#fff;margin:0 auto;max-width:1000px;padding:12px 18px 40px}
h1{font-size:1.55em;margin:.4em 0 .2em}h2{font-size:1.25em;margin:1.6em 0 .5em;border-bottom:1px solid #ccc;padding-bottom:.15em}h3{font-size:1.05em;margin:1.2em 0 .4em}
nav ol{display:flex;flex-wrap:wrap;gap:.2em 1.2em;list-style:none;padding:0;margin:.5em 0}
a{color:#1f5fa8}
figure{margin:.6em 0 1.2em;break-inside:avoid}
figcaption{font-size:.9em;color:#444;margin-top:.3em}
.chart{overflow-x:auto}
.chart svg{display:block;width:100%;min-width:520px;height:auto}
.chart svg[data-chart="groups"]{max-width:640px}
svg text{font-size:12px;fill:#1d1d1d}
svg .grid line,svg .graticule line{stroke:#e3e3e3;stroke-width:1}
svg .graticule text{fill:#888;font-size:10px}
svg .axis line{stroke:#888;stroke-width:1}
svg .axis-title,svg .legend-title{font-weight:600}
svg rect.mark,svg circle.mark{stroke:#fff;stroke-width:1}
svg line.mark{stroke-width:2.5}
svg path.mark{stroke:#fff;stroke-width:.8}
svg .diagonal{stroke:#999;stroke-dasharray:5 4}
svg .threshold{stroke:#444;stroke-width:1.2;stroke-dasharray:6 4}
svg .quadrant{font-weight:600}
svg .leader{stroke:#999;stroke-width:.7}
svg .note{fill:#666;font-size:11px}
svg .rank{fill:#666}
svg .rank-in{font-size:10px;font-weight:600}
svg .halo{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
svg .swatch{stroke:#888;stroke-width:.5}
.table-wrap{overflow-x:auto;margin:.4em 0 1em}
table{border-collapse:collapse;font-size:13px}
caption{text-align:left;font-weight:600;padding:.3em 0}
th,td{padding:3px 8px;border-bottom:1px solid #e1e1e1;vertical-align:top;white-space:nowrap}
td.text{white-space:normal;min-width:16em}
th{text-align:left;border-bottom:1px solid #999}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
code,.hash{font-family:"DejaVu Sans Mono","Liberation Mono",monospace;font-size:.9em}
.hash{word-break:break-all}
.notes{font-size:.85em;color:#444}
.attribution{font-size:.85em;color:#444}
.warnings li{color:#8a4b00}
footer{margin-top:2em;font-size:.85em;color:#666}
@media (max-width:640px){body{padding:8px 10px 30px;font-size:14px}table{font-size:12px}}
@media print{body{max-width:none;padding:0;font-size:10pt}nav{display:none}a{color:inherit;text-decoration:none}.chart{overflow:visible}.chart svg{min-width:0}tr,figure{break-inside:avoid}h2{break-after:avoid}}
)";

// Table cells longer than this (in characters) may wrap; shorter ones stay on one line.
constexpr std::size_t k_wrap_length = 24;

std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// `text` with each "{name}" replaced by its value.
std::string fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [name, value] : values) {
    const std::string key = "{" + name + "}";
    for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size())) {
      text.replace(at, key.size(), value);
    }
  }
  return text;
}

std::string html_table(const TextTable& t) {
  std::string out = "<div class=\"table-wrap\"><table>\n";
  if (!t.title.empty()) out += "<caption>" + escape(t.title) + "</caption>\n";
  // Numbers right-aligned; short cells (ids, names, classes) kept on one line, long text wraps.
  const auto cell = [&](const char* tag, const std::string& text, std::size_t c) {
    const bool right = c < t.align.size() && t.align[c] == Align::right;
    const char* kind = right ? " class=\"num\"" : code_points(text) > k_wrap_length ? " class=\"text\"" : "";
    return fmt::format("<{}{}>{}</{}>", tag, kind, escape(text), tag);
  };
  out += "<thead><tr>";
  for (std::size_t c = 0; c < t.headers.size(); ++c) out += cell("th", t.headers[c], c);
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out += "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) out += cell("td", row[c], c);
    out += "</tr>\n";
  }
  out += "</tbody></table></div>\n";
  if (!t.notes.empty()) {
    out += "<ol class=\"notes\">\n";
    for (const std::string& n : t.notes) out += "<li>" + escape(n) + "</li>\n";
    out += "</ol>\n";
  }
  return out;
}

std::string figure(const std::string& chart_svg, const std::string& caption) {
  return "<figure>\n<div class=\"chart\">\n" + chart_svg + "</div>\n<figcaption>" + escape(caption) +
         "</figcaption>\n</figure>\n";
}

// 1e3 as "10^3"; other scales as the shortest decimal.
std::string scale_text(double scale) {
  const double power = std::log10(scale);
  if (scale >= 1000 && std::abs(power - std::round(power)) < 1e-12) return fmt::format("10^{}", std::lround(power));
  return fmt::format("{}", scale);
}

std::string method_section(const Report& r, Lang lang) {
  const Method& m = r.evaluation.method;
  std::string out = fmt::format("<section id=\"method\">\n<h2>{}</h2>\n<p>{}</p>\n", report_word("sec_method", lang),
                                escape(pick(m.name, lang)) + " (<code>" + escape(m.id) + "</code>)");
  TextTable indicators;
  indicators.title = report_word("indicators", lang);
  indicators.headers = {report_word("symbol", lang), report_word("indicator", lang), report_word("formula", lang),
                        report_word("unit", lang), report_word("group", lang)};
  indicators.align = {Align::left, Align::left, Align::left, Align::left, Align::left};
  for (const Indicator& ind : m.indicators) {
    std::string formula = ind.numerator;
    if (ind.denominator) formula += " / " + *ind.denominator;
    if (ind.scale != 1.0) formula += " × " + scale_text(ind.scale);
    std::string group = ind.group;
    for (const Group& g : m.groups) {
      if (g.id == ind.group) group = g.symbol;
    }
    indicators.rows.push_back({ind.symbol, pick(ind.label, lang), formula, pick(ind.unit, lang), group});
  }
  out += html_table(indicators);
  out += "<p>" + escape(report_word("normalisation", lang)) + "</p>\n";
  out += "<p>" + escape(report_word("ratio_policy", lang)) + "</p>\n";
  out += "<p>" + escape(report_word("group_scores", lang)) + "</p>\n<ul>\n";
  double weights = 0;
  std::string weighted;
  for (const Group& g : m.groups) {
    std::vector<std::string> members;
    for (const Indicator& ind : m.indicators) {
      if (ind.group == g.id) members.push_back(ind.symbol);
    }
    std::string sum;
    for (const std::string& s : members) sum += (sum.empty() ? "" : " + ") + s;
    out += fmt::format("<li><code>{} = ({}) / {}</code> — {}</li>\n", escape(g.symbol), escape(sum), members.size(),
                       escape(pick(g.label, lang)));
    weights += g.weight;
    weighted += (weighted.empty() ? "" : " + ") + (g.weight == 1.0 ? g.symbol : fmt::format("{} × {}", g.weight, g.symbol));
  }
  out += "</ul>\n<p>" + escape(report_word("index_formula", lang)) + "</p>\n";
  out += fmt::format("<p><code>{} = ({}) / {}</code></p>\n", escape(report_word("index", lang)), escape(weighted),
                     weights);
  TextTable classes;
  classes.title = report_word("class_scale", lang);
  classes.headers = {word("class", lang), report_word("lower_bound", lang), report_word("meaning", lang)};
  classes.align = {Align::left, Align::right, Align::left};
  for (const ClassBand& band : m.classes) {
    classes.rows.push_back({band.name, fmt::format("{}", band.lower), pick(band.meaning, lang)});
  }
  out += html_table(classes);

  const Study& s = r.study;
  out += fmt::format("<h3>{}</h3>\n<ul>\n", report_word("study", lang));
  out += fmt::format("<li>{}: {}</li>\n", report_word("study", lang), escape(s.name));
  out += fmt::format("<li>{}: <code>{}</code></li>\n", report_word("method_id", lang), escape(s.method));
  out += fmt::format("<li>{}:<ul>\n", report_word("periods", lang));
  for (const PeriodFiles& p : s.periods) {
    std::string files;
    for (const std::string& f : p.files) files += (files.empty() ? "" : ", ") + ("<code>" + escape(f) + "</code>");
    out += fmt::format("<li>{}: {}</li>\n", escape(p.period), files);
  }
  out += "</ul></li>\n";
  if (!s.published.empty()) {
    out += fmt::format("<li>{}: <code>{}</code></li>\n", report_word("published_table", lang), escape(s.published));
    for (const auto& [period, tolerance] : s.tolerance) {
      out += fmt::format("<li>{} {}: {}</li>\n", report_word("tolerance", lang), escape(period), tolerance);
    }
  }
  if (!s.known_inconsistencies.empty()) {
    out += fmt::format("<li>{}:<ul>\n", report_word("known_inconsistencies", lang));
    for (const KnownInconsistency& k : s.known_inconsistencies) {
      out += fmt::format("<li>{} {}: {}</li>\n", escape(k.period), escape(k.region_id), escape(k.reason));
    }
    out += "</ul></li>\n";
  }
  out += "</ul>\n</section>\n";
  return out;
}

std::string inputs_section(const std::vector<InputFile>& inputs, Lang lang) {
  std::string rows;
  for (const InputFile& f : inputs) {
    rows += fmt::format("<tr><td><code>{}</code></td><td class=\"num\">{}</td><td class=\"hash\">{}</td></tr>\n",
                        escape(f.name), f.bytes, f.sha256);
  }
  return fmt::format(
      "<section id=\"inputs\">\n<h2>{}</h2>\n<p>{}</p>\n<div class=\"table-wrap\"><table>\n<thead><tr><th>{}</th>"
      "<th class=\"num\">{}</th><th>{}</th></tr></thead>\n<tbody>\n{}</tbody></table></div>\n</section>\n",
      report_word("sec_inputs", lang), escape(report_word("inputs_note", lang)), report_word("file", lang),
      report_word("bytes", lang), report_word("sha256", lang), rows);
}

// The page up to its contents: head with the style, the title and subtitle, the contents list.
std::string page_start(const std::string& name, const std::string& subtitle, const std::string& generator,
                       const std::vector<std::pair<std::string, std::string>>& sections, Lang lang) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"{}\">\n<title>{} — {}</title>\n<style>\n{}</style>\n</head>\n<body>\n",
      lang == Lang::ru ? "ru" : "en", escape(generator), escape(report_word("page_title", lang)), escape(name), k_css);
  out += fmt::format("<header>\n<h1>{}</h1>\n<p>{}</p>\n</header>\n", escape(name), escape(subtitle));
  out += fmt::format("<nav aria-label=\"{}\"><ol>\n", report_word("contents", lang));
  for (const auto& [id, title] : sections) out += fmt::format("<li><a href=\"#{}\">{}</a></li>\n", id, escape(title));
  return out + "</ol></nav>\n";
}

// The footer naming the generator (and the stamp, if any) and the end of the page.
std::string page_end(const std::string& generator, const std::string& stamp, Lang lang) {
  std::string footer = fill(report_word("generated_by", lang), {{"generator", generator}});
  if (!stamp.empty()) footer += " " + fill(report_word("generated_at", lang), {{"stamp", stamp}});
  return "<footer>" + escape(footer) + "</footer>\n</body>\n</html>\n";
}

std::string region_label(const Report& r, const std::string& id, Lang lang) {
  for (const RegionScore& s : r.evaluation.ratings.back().regions) {
    if (s.region.id == id) return fmt::format("{} ({})", region_name(s.region, lang), id);
  }
  return id;
}

// The regions of the latest period in rank order.
std::vector<Region> latest_regions(const Report& r) {
  std::vector<Region> out;
  for (const RegionScore& s : r.evaluation.ratings.back().regions) out.push_back(s.region);
  return out;
}

std::string map_section(const Report& r, Lang lang) {
  const PeriodRating& latest = r.evaluation.ratings.back();
  std::vector<std::pair<MapLayer, std::string>> layers = {
      {class_layer(r.evaluation.method, latest, lang), fill(report_word("map_by_class", lang), {{"period", latest.period}})}};
  if (r.zones) {
    layers.emplace_back(zone_layer(*r.zones, latest, lang),
                        fill(report_word("map_by_zone", lang), {{"period", r.zones->periods.back().period}}));
  }
  std::string out = fmt::format("<section id=\"map\">\n<h2>{}</h2>\n", report_word("sec_map", lang));
  if (r.boundaries) {
    const BoundarySource& b = *r.boundaries;
    std::string by_name;
    for (const std::string& id : b.outlines.matched_by_name) {
      by_name += (by_name.empty() ? "" : ", ") + region_label(r, id, lang);
    }
    const std::string source =
        fill(report_word("map_boundaries_source", lang),
             {{"file", b.file},
              {"key", b.match.key},
              {"by_name", by_name.empty() ? "" : fill(report_word("by_name", lang), {{"regions", by_name}})},
              {"tolerance", fmt::format("{}", b.outlines.tolerance)},
              {"before", std::to_string(b.outlines.vertices_before)},
              {"after", std::to_string(b.outlines.vertices_after)}});
    for (const auto& [layer, caption] : layers) {
      out += figure(boundary_map(layer, b.outlines), caption + " " + source);
      if (!b.attribution.empty()) out += "<p class=\"attribution\">" + escape(b.attribution) + "</p>\n";
    }
  } else if (!r.places.empty()) {
    const std::string source = fill(report_word("map_schematic_source", lang), {{"file", r.places_file}});
    for (const auto& [layer, caption] : layers) {
      out += figure(schematic_map(layer, latest_regions(r), r.places, lang), caption + " " + source);
    }
  } else {
    out += "<p>" + escape(report_word("no_map", lang)) + "</p>\n";
  }
  return out + "</section>\n";
}

std::string zones_section(const Report& r, Lang lang) {
  const Zones& zones = *r.zones;
  const PeriodZones& latest = zones.periods.back();
  std::string out = fmt::format("<section id=\"zones\">\n<h2>{}</h2>\n", report_word("sec_zones", lang));
  out += figure(zone_chart(zones, lang),
                fill(report_word("zone_caption", lang),
                     {{"period", latest.period},
                      {"measure", pick(measure_info(zones.rule.measure).label, lang)},
                      {"industry", zones.industry},
                      {"rating_threshold", fmt::format("{}", zones.rule.rating_threshold)},
                      {"measure_threshold", measure_value_text(zones.rule.measure, zones.rule.measure_threshold)}}));
  return out + html_table(zones_table(zones, lang, Headers::labels)) + "</section>\n";
}

std::string robustness_section(const Report& r, Lang lang) {
  const Robustness& rb = *r.robustness;
  const Method& m = r.evaluation.method;
  const std::vector<std::pair<std::string, std::string>> values = {
      {"period", rb.period},
      {"runs", std::to_string(rb.options.runs)},
      {"seed", std::to_string(rb.options.seed)},
      {"spread", fmt::format("{}", rb.options.spread)}};
  std::string out = fmt::format("<section id=\"robustness\">\n<h2>{}</h2>\n", report_word("sec_robustness", lang));
  out += figure(robustness_chart(m, rb, lang), fill(report_word("robustness_caption", lang), values));
  TextTable table = robustness_table(rb, m, lang, Headers::labels);
  table.title = fill(report_word("robustness_table", lang), values);
  return out + html_table(table) + "</section>\n";
}

std::string specialisation_tables(const Report& r, Lang lang) {
  std::string out;
  for (const Specialisation& s : r.specialisations) {
    out += html_table(region_measures_table(s, lang, Headers::labels));
  }
  if (!r.specialisations.empty()) out += "<p class=\"notes\">" + escape(measure_legend(r.specialisations, lang)) + "</p>\n";
  return out;
}

}  // namespace

std::vector<std::string> report_warnings(const Report& r, Lang lang) {
  std::vector<std::string> out;
  if (r.boundaries) {
    for (const std::string& f : r.boundaries->outlines.unmatched_features) {
      out.push_back(fill(report_word("warn_feature", lang), {{"feature", f}}));
    }
    for (const std::string& id : r.boundaries->outlines.unmatched_regions) {
      out.push_back(fill(report_word("warn_outline", lang), {{"region", region_label(r, id, lang)}}));
    }
  } else if (!r.places.empty()) {
    for (const RegionScore& s : r.evaluation.ratings.back().regions) {
      const bool placed = std::any_of(r.places.begin(), r.places.end(),
                                      [&](const RegionPlace& p) { return p.region.id == s.region.id; });
      if (!placed) out.push_back(fill(report_word("warn_place", lang), {{"region", region_label(r, s.region.id, lang)}}));
    }
  }
  return out;
}

std::string html_report(const Report& r, Lang lang) {
  const Evaluation& ev = r.evaluation;
  const Method& m = ev.method;
  const PeriodRating& latest = ev.ratings.back();
  const std::vector<std::string> warnings = report_warnings(r, lang);

  std::vector<std::pair<std::string, std::string>> sections = {{"ranking", report_word("sec_ranking", lang)}};
  if (m.groups.size() >= 2) sections.emplace_back("groups", report_word("sec_groups", lang));
  sections.emplace_back("change", report_word("sec_change", lang));
  if (r.zones) sections.emplace_back("zones", report_word("sec_zones", lang));
  if (r.robustness) sections.emplace_back("robustness", report_word("sec_robustness", lang));
  sections.emplace_back("map", report_word("sec_map", lang));
  sections.emplace_back("tables", report_word("sec_tables", lang));
  sections.emplace_back("audit", report_word("sec_audit", lang));
  sections.emplace_back("method", report_word("sec_method", lang));
  sections.emplace_back("inputs", report_word("sec_inputs", lang));
  if (!warnings.empty()) sections.emplace_back("warnings", report_word("sec_warnings", lang));

  std::string out = page_start(r.study.name, pick(m.name, lang), r.generator, sections, lang);

  out += fmt::format("<section id=\"ranking\">\n<h2>{} {}</h2>\n", report_word("sec_ranking", lang), latest.period);
  out += figure(ranking_chart(m, latest, lang), fill(report_word("ranking_caption", lang), {{"period", latest.period}}));
  out += "</section>\n";

  if (m.groups.size() >= 2) {
    out += fmt::format("<section id=\"groups\">\n<h2>{}</h2>\n", report_word("sec_groups", lang));
    out += figure(groups_chart(m, latest, lang),
                  fill(report_word("groups_caption", lang),
                       {{"x", m.groups[0].symbol}, {"y", m.groups[1].symbol}, {"period", latest.period}}));
    out += "</section>\n";
  }

  out += fmt::format("<section id=\"change\">\n<h2>{}</h2>\n", report_word("sec_change", lang));
  if (ev.ratings.size() >= 2) {
    const PeriodRating& first = ev.ratings.front();
    out += figure(slope_chart(m, first, latest, lang),
                  fill(report_word("change_caption", lang), {{"from", first.period}, {"to", latest.period}}));
  } else {
    out += "<p>" + escape(report_word("single_period", lang)) + "</p>\n";
  }
  out += "</section>\n";

  if (r.zones) out += zones_section(r, lang);
  if (r.robustness) out += robustness_section(r, lang);
  out += map_section(r, lang);

  out += fmt::format("<section id=\"tables\">\n<h2>{}</h2>\n", report_word("sec_tables", lang));
  out += html_table(summary_table(ev, lang, Headers::labels));
  for (const PeriodRating& p : ev.ratings) out += html_table(period_table(ev, p, lang, Headers::labels));
  out += specialisation_tables(r, lang);
  out += "</section>\n";

  out += fmt::format("<section id=\"audit\">\n<h2>{}</h2>\n", report_word("sec_audit", lang));
  out += ev.findings.empty() ? "<p>" + escape(report_word("no_findings", lang)) + "</p>\n"
                             : html_table(findings_table(ev.findings, lang, Headers::labels));
  out += "</section>\n";

  out += method_section(r, lang);
  out += inputs_section(r.inputs, lang);

  if (!warnings.empty()) {
    out += fmt::format("<section id=\"warnings\">\n<h2>{}</h2>\n<ul class=\"warnings\">\n", report_word("sec_warnings", lang));
    for (const std::string& w : warnings) out += "<li>" + escape(w) + "</li>\n";
    out += "</ul>\n</section>\n";
  }

  return out + page_end(r.generator, r.stamp, lang);
}

std::string html_unrated_report(const UnratedRun& run, const std::vector<InputFile>& inputs,
                                const std::string& generator, const std::string& stamp, Lang lang) {
  std::vector<std::pair<std::string, std::string>> sections = {{"over-time", report_word("sec_over_time", lang)},
                                                               {"stage1", report_word("sec_stage1", lang)},
                                                               {"tables", report_word("sec_tables", lang)},
                                                               {"inputs", report_word("sec_inputs", lang)}};
  std::string out = page_start(run.study_name, report_word("unrated_subtitle", lang), generator, sections, lang);
  out += fmt::format("<section id=\"over-time\">\n<h2>{}</h2>\n", report_word("sec_over_time", lang));
  for (const SeriesTable& s : run.series) {
    out += figure(series_chart(s, lang),
                  fill(report_word("series_caption", lang),
                       {{"measure", pick(measure_info(s.measure).label, lang)},
                        {"from", s.periods.front()},
                        {"to", s.periods.back()}}));
  }
  if (run.series.empty()) out += "<p>" + escape(report_word("no_series", lang)) + "</p>\n";
  out += "</section>\n";
  out += fmt::format("<section id=\"stage1\">\n<h2>{}</h2>\n", report_word("sec_stage1", lang));
  for (const TitledLines& part : unrated_sections(run, lang)) {
    out += "<h3>" + escape(part.title) + "</h3>\n<ul>\n";
    for (const std::string& line : part.lines) out += "<li>" + escape(line) + "</li>\n";
    out += "</ul>\n";
  }
  out += "</section>\n";
  out += fmt::format("<section id=\"tables\">\n<h2>{}</h2>\n", report_word("sec_tables", lang));
  for (const SeriesTable& s : run.series) out += html_table(series_table(s, lang, Headers::labels));
  for (const Specialisation& s : run.periods) out += html_table(region_measures_table(s, lang, Headers::labels));
  if (!run.periods.empty()) out += "<p class=\"notes\">" + escape(measure_legend(run.periods, lang)) + "</p>\n";
  out += "</section>\n";
  out += inputs_section(inputs, lang);
  return out + page_end(generator, stamp, lang);
}

}  // namespace itzones::io
