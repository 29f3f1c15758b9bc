#include "robustness_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <nlohmann/json.hpp>
#include <ranges>

namespace itzones::io {
namespace {

constexpr int k_decimals = 2;

std::string aggregation_text(const std::vector<Aggregation>& levels) {
  return fmt::format("{}", fmt::join(levels | std::views::transform(aggregation_id), "/"));
}

std::string weights_text(const RobustnessOptions& o) {
  switch (o.weights) {
    case WeightDraw::nominal: return "nominal";
    case WeightDraw::uniform: return fmt::format("uniform ±{}%", o.spread * 100.0);
    case WeightDraw::dirichlet: return fmt::format("dirichlet (concentration {})", o.concentration);
  }
  return "";
}

const char* weights_id(WeightDraw w) {
  switch (w) {
    case WeightDraw::nominal: return "nominal";
    case WeightDraw::uniform: return "uniform";
    case WeightDraw::dirichlet: return "dirichlet";
  }
  return "";
}

// Whether some region has class c in some run.
bool ever(const Robustness& r, std::size_t c) {
  for (const RegionRobustness& region : r.regions) {
    if (region.class_probability[c] > 0.0) return true;
  }
  return false;
}

}  // namespace

std::string robustness_setup(const Robustness& r) {
  const RobustnessOptions& o = r.options;
  std::vector<std::string> normalisations;
  for (const Normalisation& n : o.normalisations) normalisations.push_back(describe(n));
  std::vector<std::string> aggregations;
  for (const std::vector<Aggregation>& a : o.aggregations) aggregations.push_back(aggregation_text(a));
  return fmt::format("{} runs, seed {}, weights {}, normalisation {}, aggregation {}", o.runs, o.seed,
                     weights_text(o), fmt::join(normalisations, " | "), fmt::join(aggregations, " | "));
}

TextTable robustness_table(const Robustness& r, const Method& method, Lang lang, Headers headers) {
  const bool ids = headers == Headers::ids;
  TextTable t;
  t.title = fmt::format("{} — {} ({})", r.period, word("robustness_title", lang), robustness_setup(r));
  t.headers = {ids ? "rank" : word("rank", lang), ids ? "region_id" : word("region_id", lang),
               ids ? "region" : word("region", lang), ids ? "index" : word("index", lang),
               ids ? "class" : word("class", lang), ids ? "median_rank" : word("median_rank", lang),
               ids ? "rank_p05" : word("rank_p05", lang), ids ? "rank_p95" : word("rank_p95", lang)};
  t.align = {Align::right, Align::left, Align::left, Align::right, Align::left, Align::right, Align::right, Align::right};
  std::vector<std::size_t> shown;
  for (std::size_t c = 0; c < method.classes.size(); ++c) {
    if (!ids && !ever(r, c)) continue;
    shown.push_back(c);
    t.headers.push_back(ids ? "p_" + method.classes[c].name : fmt::format("P({})", method.classes[c].name));
    t.align.push_back(Align::right);
  }
  for (const RegionRobustness& g : r.regions) {
    std::vector<std::string> row = {std::to_string(g.nominal_rank), g.region.id, region_name(g.region, lang),
                                    fixed(g.nominal_index, k_decimals), g.nominal_class,
                                    fixed(g.median_rank, 1), std::to_string(g.rank_p05), std::to_string(g.rank_p95)};
    for (const std::size_t c : shown) row.push_back(fixed(g.class_probability[c], 3));
    t.rows.push_back(std::move(row));
  }
  return t;
}

TextTable sensitivity_table(const Robustness& r, Lang lang, Headers headers) {
  const bool ids = headers == Headers::ids;
  TextTable t;
  t.title = word("sensitivity_title", lang);
  for (const char* key : {"factor", "choice", "runs", "mean_rank_shift", "max_rank_shift", "class_change_share"}) {
    t.headers.push_back(ids ? key : word(key, lang));
  }
  t.align = {Align::left, Align::left, Align::right, Align::right, Align::right, Align::right};
  for (const SensitivityRow& row : r.sensitivity) {
    if (!row.unbuildable.empty()) {
      const std::string why = note(t, "cannot be built with everything else nominal: " + row.unbuildable, ids);
      t.rows.push_back({row.factor, row.choice, std::to_string(row.runs), why, "", ""});
      continue;
    }
    t.rows.push_back({row.factor, row.choice, std::to_string(row.runs), fixed(row.mean_rank_shift, k_decimals),
                      std::to_string(row.max_rank_shift), fixed(row.class_change_share, 3)});
  }
  return t;
}

std::string robustness_json(const Robustness& r, const Method& method) {
  using nlohmann::ordered_json;
  const RobustnessOptions& o = r.options;
  ordered_json doc;
  doc["period"] = r.period;
  doc["method"] = method.id;
  doc["runs"] = o.runs;
  doc["seed"] = o.seed;
  ordered_json weights = {{"draw", weights_id(o.weights)}};
  if (o.weights == WeightDraw::uniform) weights["spread"] = o.spread;
  if (o.weights == WeightDraw::dirichlet) weights["concentration"] = o.concentration;
  doc["weights"] = weights;
  doc["normalisations"] = ordered_json::array();
  for (const Normalisation& n : o.normalisations) doc["normalisations"].push_back(describe(n));
  doc["aggregations"] = ordered_json::array();
  for (const std::vector<Aggregation>& a : o.aggregations) doc["aggregations"].push_back(aggregation_text(a));
  doc["classes"] = ordered_json::array();
  for (const ClassBand& c : method.classes) doc["classes"].push_back(c.name);
  doc["regions"] = ordered_json::array();
  for (const RegionRobustness& g : r.regions) {
    ordered_json probability = ordered_json::object();
    for (std::size_t c = 0; c < method.classes.size(); ++c) probability[method.classes[c].name] = g.class_probability[c];
    doc["regions"].push_back({{"region_id", g.region.id},
                              {"region", g.region.name},
                              {"region_en", g.region.name_en},
                              {"nominal_rank", g.nominal_rank},
                              {"nominal_index", g.nominal_index},
                              {"nominal_class", g.nominal_class},
                              {"median_rank", g.median_rank},
                              {"rank_p05", g.rank_p05},
                              {"rank_p95", g.rank_p95},
                              {"median_index", g.median_index},
                              {"index_p05", g.index_p05},
                              {"index_p95", g.index_p95},
                              {"class_probability", probability}});
  }
  doc["sensitivity"] = ordered_json::array();
  for (const SensitivityRow& row : r.sensitivity) {
    ordered_json j = {{"factor", row.factor}, {"choice", row.choice}, {"runs", row.runs}};
    if (!row.unbuildable.empty()) {
      j["unbuildable"] = row.unbuildable;
    } else {
      j["mean_rank_shift"] = row.mean_rank_shift;
      j["max_rank_shift"] = row.max_rank_shift;
      j["class_change_share"] = row.class_change_share;
    }
    doc["sensitivity"].push_back(j);
  }
  return doc.dump(2) + "\n";
}

std::string robustness_runs_csv(const Robustness& r, const Method& method) {
  std::string out = "run,normalisation,aggregation,region_id,index,rank,class\n";
  const std::size_t n = r.regions.size();
  for (std::size_t run = 0; run < r.options.runs; ++run) {
    const std::string choice = fmt::format("{},{}", describe(r.options.normalisations[r.run_normalisation[run]]),
                                           aggregation_text(r.options.aggregations[r.run_aggregation[run]]));
    for (std::size_t j = 0; j < n; ++j) {
      const std::size_t cell = run * n + j;
      out += fmt::format("{},{},{},{},{},{}\n", run + 1, choice, r.regions[j].region.id, r.run_index[cell],
                         r.run_rank[cell], r.run_class.empty() ? "" : method.classes[r.run_class[cell]].name);
    }
  }
  return out;
}

std::string render_robustness(const Robustness& r, const Method& method, Format format, Lang lang) {
  if (format == Format::json) return robustness_json(r, method);
  if (format == Format::csv) return render_csv(robustness_table(r, method, lang, Headers::ids));
  const auto render = format == Format::md ? render_markdown : render_text;
  return render(robustness_table(r, method, lang, Headers::labels)) + "\n" +
         render(sensitivity_table(r, lang, Headers::labels));
}

std::vector<OutputFile> robustness_files(const Robustness& r, const Method& method, Format format, Lang lang) {
  switch (format) {
    case Format::table: return {{"robustness.txt", render_robustness(r, method, format, lang)}};
    case Format::md: return {{"robustness.md", render_robustness(r, method, format, lang)}};
    case Format::json: return {{"robustness.json", robustness_json(r, method)}};
    case Format::csv:
      return {{"robustness.csv", render_csv(robustness_table(r, method, lang, Headers::ids))},
              {"robustness-sensitivity.csv", render_csv(sensitivity_table(r, lang, Headers::ids))},
              {"robustness-runs.csv", robustness_runs_csv(r, method)}};
  }
  return {};
}

}  // namespace itzones::io
