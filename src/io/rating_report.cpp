#include "rating_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <nlohmann/json.hpp>

#include "itzones/display_digits.hpp"

namespace itzones::io {
namespace {

constexpr int k_decimals = 2;

const char* source_id(ValueSource s) {
  switch (s) {
    case ValueSource::recomputed: return "recomputed";
    case ValueSource::published: return "published";
    case ValueSource::column: return "column";
    case ValueSource::imputed: return "imputed";
    case ValueSource::missing: return "missing";
  }
  return "";
}

const char* kind_id(FindingKind k) { return k == FindingKind::mismatch ? "mismatch" : "precision"; }

const char* status_id(ReproductionStatus s) {
  switch (s) {
    case ReproductionStatus::match: return "match";
    case ReproductionStatus::drift: return "drift";
    case ReproductionStatus::known: return "known";
  }
  return "";
}

std::string heading(const std::string& id, const std::string& key, Lang lang, Headers headers) {
  return headers == Headers::ids ? id : word(key, lang);
}

const RegionScore* score_of(const PeriodRating& rating, const std::string& id) {
  for (const RegionScore& s : rating.regions) {
    if (s.region.id == id) return &s;
  }
  return nullptr;
}

std::string explanation_text(const ReproductionRow& row) {
  std::string text = row.reason;
  for (const ShareExplanation& e : row.explanations) {
    text += fmt::format("{}{} would need {:.2f}% of the best instead of {:.2f}%", text.empty() ? "" : "; ",
                        e.indicator, e.required_share, e.actual_share);
  }
  return text;
}

}  // namespace

std::string index_text(double index, const Method& method) {
  return fixed(index, score_digits(index, method.classes, k_decimals));
}

TextTable summary_table(const Evaluation& ev, Lang lang, Headers headers) {
  TextTable t;
  t.title = pick(ev.method.name, lang);
  t.headers = {heading("rank", "rank", lang, headers), heading("region_id", "region_id", lang, headers),
               heading("region", "region", lang, headers)};
  t.align = {Align::right, Align::left, Align::left};
  for (const PeriodRating& p : ev.ratings) {
    t.headers.push_back(headers == Headers::ids ? "index_" + p.period : word("index", lang) + " " + p.period);
    t.headers.push_back(headers == Headers::ids ? "class_" + p.period : word("class", lang));
    t.align.insert(t.align.end(), {Align::right, Align::left});
  }
  if (!ev.changes.empty()) {
    t.headers.push_back(headers == Headers::ids
                            ? fmt::format("change_{}_{}", ev.ratings.back().period, ev.ratings.front().period)
                            : fmt::format("{}/{}, %", ev.ratings.back().period, ev.ratings.front().period));
    t.align.push_back(Align::right);
  }
  for (const RegionScore& latest : ev.ratings.back().regions) {
    std::vector<std::string> row = {std::to_string(latest.rank), latest.region.id,
                                    region_name(latest.region, lang)};
    for (const PeriodRating& p : ev.ratings) {
      const RegionScore* s = score_of(p, latest.region.id);
      row.push_back(s ? index_text(s->index, ev.method) : "");
      row.push_back(s ? s->rating_class : "");
    }
    for (const RegionChange& c : ev.changes) {
      if (c.region.id == latest.region.id) row.push_back(fixed(c.percent, k_decimals));
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

TextTable period_table(const Evaluation& ev, const PeriodRating& rating, Lang lang, Headers headers) {
  TextTable t;
  const bool percent = ev.method.normalisation.kind == NormalisationKind::percent_of_best;
  t.title = fmt::format("{} — {}", rating.period, word(percent ? "period_title" : "period_title_normalised", lang));
  t.headers = {heading("rank", "rank", lang, headers), heading("region_id", "region_id", lang, headers),
               heading("region", "region", lang, headers)};
  t.align = {Align::right, Align::left, Align::left};
  for (const Indicator& ind : ev.method.indicators) {
    t.headers.push_back(headers == Headers::ids ? ind.id : ind.symbol);
    t.align.push_back(Align::right);
  }
  for (const Group& g : ev.method.groups) {
    t.headers.push_back(headers == Headers::ids ? g.id : g.symbol);
    t.align.push_back(Align::right);
  }
  t.headers.push_back(heading("index", "index", lang, headers));
  t.headers.push_back(heading("class", "class", lang, headers));
  t.align.insert(t.align.end(), {Align::right, Align::left});
  for (const RegionScore& s : rating.regions) {
    std::vector<std::string> row = {std::to_string(s.rank), s.region.id, region_name(s.region, lang)};
    for (const IndicatorScore& v : s.indicators) {
      row.push_back(v.source == ValueSource::missing ? "" : fixed(v.normalised, k_decimals));
    }
    for (const double g : s.groups) row.push_back(fixed(g, k_decimals));
    row.push_back(index_text(s.index, ev.method));
    row.push_back(s.rating_class);
    t.rows.push_back(std::move(row));
  }
  for (const MissingValue& m : rating.missing) t.notes.push_back(describe(m));
  return t;
}

std::string legend(const Method& method, Lang lang) {
  std::string out = word("legend", lang) + ":";
  for (const Indicator& ind : method.indicators) {
    const Normalisation& n = ind.normalisation.value_or(method.normalisation);
    out += fmt::format("\n  {} = {} ({}), {}", ind.symbol, pick(ind.label, lang), pick(ind.unit, lang),
                       n.kind == NormalisationKind::percent_of_best ? word("of_best", lang) : describe(n));
  }
  for (const Group& g : method.groups) out += fmt::format("\n  {} = {}", g.symbol, pick(g.label, lang));
  return out + "\n";
}

TextTable findings_table(const std::vector<AuditFinding>& findings, Lang lang, Headers headers) {
  TextTable t;
  t.title = word("audit_title", lang);
  for (const char* key : {"period", "kind", "region_id", "column", "printed", "recomputed", "note"}) {
    t.headers.push_back(heading(key, key, lang, headers));
  }
  t.align = {Align::left, Align::left, Align::left, Align::left, Align::right, Align::right, Align::left};
  for (const AuditFinding& f : findings) {
    if (f.kind == FindingKind::mismatch) {
      t.rows.push_back({f.period, word(kind_id(f.kind), lang), f.region_id, f.column,
                        fixed(f.printed, f.decimals), fixed(f.recomputed, f.decimals + 2),
                        f.matches_regions.empty() ? "" : fmt::format("= {}", fmt::join(f.matches_regions, ", "))});
    } else {
      t.rows.push_back({f.period, word(kind_id(f.kind), lang), "", f.column, "", "",
                        note(t, describe(f), headers == Headers::ids)});
    }
  }
  return t;
}

TextTable reproduction_table(const Reproduction& r, Lang lang, Headers headers) {
  TextTable t;
  t.title = word("reproduction_title", lang);
  t.headers = {heading("period", "period", lang, headers), heading("region_id", "region_id", lang, headers),
               heading("region", "region", lang, headers)};
  const std::vector<std::pair<std::string, std::string>> rest = {
      {"published", "published"}, {"published_class", "class"}, {"computed", "computed"},
      {"computed_class", "class"}, {"difference", "difference"}, {"status", "status"}, {"note", "note"}};
  for (const auto& [id, key] : rest) t.headers.push_back(heading(id, key, lang, headers));
  t.align = {Align::left, Align::left, Align::left, Align::right, Align::left, Align::right,
             Align::left, Align::right, Align::left, Align::left};
  for (const ReproductionRow& row : r.rows) {
    t.rows.push_back({row.period, row.region.id, region_name(row.region, lang), fixed(row.published, k_decimals),
                      row.published_class, fixed(row.computed, 4), row.computed_class,
                      fixed(row.difference, 4), headers == Headers::ids ? status_id(row.status) : word(status_id(row.status), lang),
                      note(t, explanation_text(row), headers == Headers::ids)});
  }
  return t;
}

std::string rating_json(const Evaluation& ev, const std::string& study_name) {
  using nlohmann::ordered_json;
  ordered_json doc;
  doc["study"] = study_name;
  doc["method"] = ev.method.id;
  doc["periods"] = ordered_json::array();
  for (const PeriodRating& p : ev.ratings) {
    ordered_json period;
    period["period"] = p.period;
    period["regions"] = ordered_json::array();
    for (const RegionScore& s : p.regions) {
      ordered_json r;
      r["region_id"] = s.region.id;
      r["region"] = s.region.name;
      r["region_en"] = s.region.name_en;
      for (std::size_t k = 0; k < ev.method.indicators.size(); ++k) {
        r[ev.method.indicators[k].id] = s.indicators[k].normalised;
      }
      for (std::size_t g = 0; g < ev.method.groups.size(); ++g) r[ev.method.groups[g].id] = s.groups[g];
      r["index"] = s.index;
      r["class"] = s.rating_class;
      r["rank"] = s.rank;
      ordered_json raw;
      for (std::size_t k = 0; k < ev.method.indicators.size(); ++k) {
        raw[ev.method.indicators[k].id] = {{"value", s.indicators[k].raw},
                                           {"source", source_id(s.indicators[k].source)}};
      }
      r["raw"] = raw;
      period["regions"].push_back(r);
    }
    for (const MissingValue& m : p.missing) period["missing"].push_back(describe(m));
    doc["periods"].push_back(period);
  }
  doc["changes"] = ordered_json::array();
  for (const RegionChange& c : ev.changes) {
    doc["changes"].push_back({{"region_id", c.region.id},
                              {"from", ev.ratings.front().period},
                              {"to", ev.ratings.back().period},
                              {"index_from", c.earlier},
                              {"index_to", c.later},
                              {"percent", c.percent},
                              {"class_from", c.earlier_class},
                              {"class_to", c.later_class},
                              {"rank_from", c.earlier_rank},
                              {"rank_to", c.later_rank}});
  }
  doc["audit"] = nlohmann::ordered_json::parse(findings_json(ev.findings));
  return doc.dump(2) + "\n";
}

std::string findings_json(const std::vector<AuditFinding>& findings) {
  using nlohmann::ordered_json;
  ordered_json doc = ordered_json::array();
  for (const AuditFinding& f : findings) {
    ordered_json j = {{"period", f.period}, {"kind", kind_id(f.kind)}, {"column", f.column}};
    if (f.kind == FindingKind::mismatch) {
      j["region_id"] = f.region_id;
      j["printed"] = f.printed;
      j["recomputed"] = f.recomputed;
      j["matches_regions"] = f.matches_regions;
    } else {
      j["regions_moved"] = f.regions_moved;
      j["max_index_shift"] = f.max_index_shift;
    }
    j["message"] = describe(f);
    doc.push_back(j);
  }
  return doc.dump(2) + "\n";
}

std::string reproduction_json(const Reproduction& r) {
  using nlohmann::ordered_json;
  ordered_json doc;
  doc["ok"] = r.ok;
  doc["periods"] = ordered_json::array();
  for (const PeriodSummary& p : r.periods) {
    doc["periods"].push_back({{"period", p.period}, {"tolerance", p.tolerance}, {"regions", p.regions},
                              {"within_tolerance", p.within_tolerance}, {"classes_equal", p.classes_equal},
                              {"max_difference", p.max_difference}});
  }
  doc["rows"] = ordered_json::array();
  for (const ReproductionRow& row : r.rows) {
    ordered_json j = {{"period", row.period}, {"region_id", row.region.id}, {"region", row.region.name},
                      {"published", row.published}, {"published_class", row.published_class},
                      {"computed", row.computed}, {"computed_class", row.computed_class},
                      {"difference", row.difference}, {"status", status_id(row.status)},
                      {"reason", row.reason}};
    j["explanations"] = ordered_json::array();
    for (const ShareExplanation& e : row.explanations) {
      j["explanations"].push_back({{"indicator", e.indicator}, {"actual_share", e.actual_share},
                                   {"required_share", e.required_share}});
    }
    doc["rows"].push_back(j);
  }
  doc["problems"] = r.problems;
  return doc.dump(2) + "\n";
}

std::string render_evaluation(const Evaluation& ev, const std::string& study_name, Format format,
                              Lang lang) {
  if (format == Format::json) return rating_json(ev, study_name);
  if (format == Format::csv) return render_csv(summary_table(ev, lang, Headers::ids));
  const auto render = format == Format::md ? render_markdown : render_text;
  std::string out = render(summary_table(ev, lang, Headers::labels));
  for (const PeriodRating& p : ev.ratings) out += "\n" + render(period_table(ev, p, lang, Headers::labels));
  out += "\n" + legend(ev.method, lang);
  return out;
}

std::vector<OutputFile> evaluation_files(const Evaluation& ev, const std::string& study_name,
                                         Format format, Lang lang) {
  switch (format) {
    case Format::table: return {{"rating.txt", render_evaluation(ev, study_name, format, lang)}};
    case Format::md: return {{"rating.md", render_evaluation(ev, study_name, format, lang)}};
    case Format::json: return {{"rating.json", rating_json(ev, study_name)}};
    case Format::csv: {
      std::vector<OutputFile> files = {{"rating-summary.csv", render_csv(summary_table(ev, lang, Headers::ids))}};
      for (const PeriodRating& p : ev.ratings) {
        files.emplace_back(fmt::format("rating-{}.csv", p.period),
                           render_csv(period_table(ev, p, lang, Headers::ids)));
      }
      files.emplace_back("audit.csv", render_csv(findings_table(ev.findings, lang, Headers::ids)));
      return files;
    }
  }
  return {};
}

}  // namespace itzones::io
