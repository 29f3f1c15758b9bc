#include "zones_report.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "itzones/audit.hpp"
#include "itzones/display_digits.hpp"

#include "specialisation_report.hpp"

namespace itzones::io {
namespace {

using nlohmann::ordered_json;

std::string comparison(bool strong) { return strong ? "≥" : "<"; }

bool is_share(const Zones& zones) { return zones.rule.measure == Measure::share_of_national_industry; }

// How the rule's measure and threshold print by default: a share in percent to 1 decimal,
// a location quotient to 3.
double shown(const Zones& zones, double value) { return is_share(zones) ? value * 100 : value; }
int default_digits(const Zones& zones) { return is_share(zones) ? 1 : k_specialisation_decimals; }

// Decimals at which a region's index and the rating threshold print as they compare.
int index_digits(const Zones& zones, double index) {
  return display_digits(index, zones.rule.rating_threshold, k_index_decimals);
}

// Decimals at which a region's value and the threshold print as they compare.
int value_digits(const Zones& zones, double value) {
  return display_digits(shown(zones, value), shown(zones, zones.rule.measure_threshold), default_digits(zones));
}

// The rule's measure of a value, in words: "63.5% of national IT output", "location quotient
// of IT 1.520", or, for a printed dash, "no IT output (printed -)".
std::string measure_text(const Zones& zones, const ZonedRegion& z, int digits, Lang lang) {
  if (z.printed_dash) return fmt::format(fmt::runtime(word("no_output_phrase", lang)), zones.industry);
  if (is_share(zones)) {
    return fmt::format(fmt::runtime(word("share_phrase", lang)), fixed(shown(zones, z.value), digits), zones.industry);
  }
  return fmt::format("{} {} {}", word("lq_of", lang), zones.industry, fixed(z.value, digits));
}

std::string threshold_text(const Zones& zones, int digits) {
  return fixed(shown(zones, zones.rule.measure_threshold), digits) + (is_share(zones) ? "%" : "");
}

std::string movement(const Zones& zones, const std::string& region_id, Lang lang, Headers headers) {
  std::vector<Zone> path;
  for (const PeriodZones& p : zones.periods) {
    const ZonedRegion* z = find_region(p, region_id);
    if (z != nullptr && (path.empty() || path.back() != z->zone)) path.push_back(z->zone);
  }
  if (path.size() <= 1) return headers == Headers::ids ? "unchanged" : word("unchanged", lang);
  std::string out;
  for (const Zone z : path) out += (out.empty() ? "" : " → ") + (headers == Headers::ids ? zone_id(z) : zone_name(z, lang));
  return out;
}

// The rule with its thresholds to as many decimals as the reasons of `period` use.
std::string rule_text(const Zones& zones, const PeriodZones& period, Lang lang) {
  const ZoneRule& r = zones.rule;
  int rating_digits = k_index_decimals;
  int digits = default_digits(zones);
  for (const ZonedRegion& z : period.regions) {
    rating_digits = std::max(rating_digits, index_digits(zones, z.index));
    digits = std::max(digits, value_digits(zones, z.value));
  }
  return fmt::format("{}: {} ≥ {}; {} ≥ {}", word("zone_rule", lang), word("index", lang),
                     fixed(r.rating_threshold, rating_digits), measure_info(r.measure).id, threshold_text(zones, digits));
}

}  // namespace

std::string zone_name(Zone zone, Lang lang) { return word("zone_" + zone_id(zone), lang); }

std::string zone_reason(const Zones& zones, const ZonedRegion& z, Lang lang) {
  const bool strong_rating = z.index >= zones.rule.rating_threshold;
  const bool strong_value = z.value >= zones.rule.measure_threshold;
  const int rating_digits = index_digits(zones, z.index);
  const int digits = value_digits(zones, z.value);
  return fmt::format("{} {} ({}) {} {}; {} {} {}", word("class_lower", lang), z.rating_class, fixed(z.index, rating_digits),
                     comparison(strong_rating), fixed(zones.rule.rating_threshold, rating_digits),
                     measure_text(zones, z, digits, lang), comparison(strong_value), threshold_text(zones, digits));
}

TextTable zones_table(const Zones& zones, Lang lang, Headers headers) {
  const PeriodZones& latest = zones.periods.back();
  const auto h = [&](const std::string& key) { return headers == Headers::ids ? key : word(key, lang); };
  TextTable t;
  t.title = fmt::format("{} — {} ({})", latest.period, word("zones_title", lang), rule_text(zones, latest, lang));
  t.headers = {h("zone"), h("region_id"), h("region"), h("index"), h("class"),
               headers == Headers::ids ? measure_info(zones.rule.measure).id : measure_info(zones.rule.measure).symbol,
               h("reasons")};
  t.align = {Align::left, Align::left, Align::left, Align::right, Align::left, Align::right, Align::left};
  for (std::size_t p = 0; p + 1 < zones.periods.size(); ++p) {
    t.headers.push_back(headers == Headers::ids ? "zone_" + zones.periods[p].period
                                                : word("zone", lang) + " " + zones.periods[p].period);
    t.align.push_back(Align::left);
  }
  t.headers.push_back(h("movement"));
  t.align.push_back(Align::left);
  for (const ZonedRegion& z : latest.regions) {
    std::vector<std::string> row = {headers == Headers::ids ? zone_id(z.zone) : zone_name(z.zone, lang), z.region.id,
                                    region_name(z.region, lang), fixed(z.index, 2), z.rating_class,
                                    fixed(z.value, measure_decimals(headers)), zone_reason(zones, z, lang)};
    for (std::size_t p = 0; p + 1 < zones.periods.size(); ++p) {
      const ZonedRegion* before = find_region(zones.periods[p], z.region.id);
      row.push_back(before == nullptr ? "" : headers == Headers::ids ? zone_id(before->zone) : zone_name(before->zone, lang));
    }
    row.push_back(movement(zones, z.region.id, lang, headers));
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::string zones_json(const Zones& zones) {
  ordered_json doc;
  doc["industry"] = zones.industry;
  doc["rule"] = {{"rating_threshold", zones.rule.rating_threshold},
                 {"measure", measure_info(zones.rule.measure).id},
                 {"threshold", zones.rule.measure_threshold}};
  doc["latest_period"] = zones.periods.back().period;
  doc["periods"] = ordered_json::array();
  for (const PeriodZones& p : zones.periods) {
    ordered_json period = {{"period", p.period}, {"regions", ordered_json::array()}};
    for (const ZonedRegion& z : p.regions) {
      period["regions"].push_back({{"region_id", z.region.id}, {"region", z.region.name}, {"region_en", z.region.name_en},
                                   {"industry", zones.industry}, {"zone", zone_id(z.zone)}, {"index", z.index},
                                   {"class", z.rating_class}, {measure_info(zones.rule.measure).id, z.value},
                                   {"reason", zone_reason(zones, z, Lang::en)}});
    }
    doc["periods"].push_back(period);
  }
  doc["moves"] = ordered_json::array();
  for (const ZonedRegion& z : zones.periods.back().regions) {
    ordered_json by_period = ordered_json::object();
    for (const PeriodZones& p : zones.periods) {
      if (const ZonedRegion* r = find_region(p, z.region.id)) by_period[p.period] = zone_id(r->zone);
    }
    doc["moves"].push_back({{"region_id", z.region.id}, {"zones", by_period},
                            {"movement", movement(zones, z.region.id, Lang::en, Headers::ids)}});
  }
  return doc.dump(2) + "\n";
}

std::string render_zones(const Zones& zones, Format format, Lang lang) {
  switch (format) {
    case Format::table: return render_text(zones_table(zones, lang, Headers::labels));
    case Format::md: return render_markdown(zones_table(zones, lang, Headers::labels));
    case Format::csv: return render_csv(zones_table(zones, lang, Headers::ids));
    case Format::json: return zones_json(zones);
  }
  return "";
}

std::vector<OutputFile> zones_files(const Zones& zones, Format format, Lang lang) {
  const std::string name = format == Format::table ? "zones.txt"
                           : format == Format::csv ? "zones.csv"
                           : format == Format::json ? "zones.json"
                                                    : "zones.md";
  return {{name, render_zones(zones, format, lang)}};
}

}  // namespace itzones::io
