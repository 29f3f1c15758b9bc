#include "shares_report.hpp"

#include <fmt/format.h>

#include <algorithm>

#include <nlohmann/json.hpp>


namespace itzones::io {
namespace {

const char* status_id(ReproductionStatus s) {
  return s == ReproductionStatus::match ? "match" : s == ReproductionStatus::drift ? "drift" : "known";
}

std::string published_text(const ShareRow& row) {
  return row.printed == Printed::dash ? "-" : fixed(row.published, row.decimals);
}

}  // namespace

TextTable shares_table(const ShareReproduction& r, Lang lang, Headers headers) {
  TextTable t;
  t.title = word("shares_title", lang);
  for (const char* key : {"period", "region_id", "region", "published", "computed", "difference", "status", "note"}) {
    t.headers.push_back(headers == Headers::ids ? std::string(key) : word(key, lang));
  }
  t.align = {Align::left, Align::left, Align::left, Align::right, Align::right, Align::right, Align::left, Align::left};
  for (const ShareRow& row : r.rows) {
    t.rows.push_back({row.period, row.region.id, region_name(row.region, lang), published_text(row),
                      fixed(row.computed, 6), fixed(row.difference, 6),
                      headers == Headers::ids ? status_id(row.status) : word(status_id(row.status), lang),
                      note(t, row.reason, headers == Headers::ids)});
  }
  return t;
}

std::string shares_summary(const ShareReproduction& r) {
  std::string out;
  for (const ShareSumCheck& s : r.sums) {
    const auto rows = std::count_if(r.rows.begin(), r.rows.end(), [&](const ShareRow& x) { return x.period == s.period; });
    const auto equal = std::count_if(r.rows.begin(), r.rows.end(), [&](const ShareRow& x) {
      return x.period == s.period && x.status == ReproductionStatus::match;
    });
    out += fmt::format("{}: published shares sum to {} ({} printed numbers at {} decimals: |sum - 1| <= {}): {}; "
                       "{} of {} computed shares equal the published to the printed rounding\n",
                       s.period, fixed(s.sum, s.decimals), s.numbers, s.decimals, fixed(s.tolerance, s.decimals + 1),
                       s.ok ? "OK" : "FAILED", equal, rows);
  }
  for (const std::string& problem : r.problems) out += "problem: " + problem + "\n";
  out += r.ok ? "shares: OK\n" : "shares: FAILED\n";
  return out;
}

std::string shares_json(const ShareReproduction& r) {
  using nlohmann::ordered_json;
  ordered_json doc;
  doc["ok"] = r.ok;
  doc["sums"] = ordered_json::array();
  for (const ShareSumCheck& s : r.sums) {
    doc["sums"].push_back({{"period", s.period}, {"regions", s.regions}, {"printed_numbers", s.numbers},
                           {"decimals", s.decimals}, {"sum", s.sum}, {"tolerance", s.tolerance}, {"ok", s.ok}});
  }
  doc["rows"] = ordered_json::array();
  for (const ShareRow& row : r.rows) {
    doc["rows"].push_back({{"period", row.period}, {"region_id", row.region.id}, {"published", row.published},
                           {"printed", row.printed == Printed::dash ? "dash" : "number"},
                           {"share_of_national_industry", row.computed}, {"difference", row.difference},
                           {"status", status_id(row.status)}, {"reason", row.reason}});
  }
  doc["problems"] = r.problems;
  return doc.dump(2) + "\n";
}

}  // namespace itzones::io
