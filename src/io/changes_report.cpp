#include "changes_report.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "itzones/audit.hpp"

namespace itzones::io {
namespace {

std::string note_text(const ChangeCheck& check, const ChangeRow& row) {
  std::string text;
  if (!row.matches_published) {
    text = fmt::format("the printed change would need a {} index of {}", check.later,
                       fixed(row.later_needed, k_index_decimals));
  }
  if (!row.within_tolerance) {
    text += fmt::format("{}the computed change is outside the index tolerances{}",
                        text.empty() ? "" : "; ",
                        row.known ? " (a known inconsistency of the index)" : "");
  }
  return text;
}

}  // namespace

TextTable changes_table(const ChangeCheck& check, Lang lang, Headers headers) {
  const bool ids = headers == Headers::ids;
  TextTable t;
  t.title = fmt::format("{} {}/{}, %", word("changes_title", lang), check.later, check.earlier);
  for (const char* key :
       {"region_id", "region", "printed", "from_published", "computed", "status", "note"}) {
    t.headers.push_back(ids ? std::string(key) : word(key, lang));
  }
  t.align = {Align::left,  Align::left, Align::right, Align::right,
             Align::right, Align::left, Align::left};
  for (const ChangeRow& row : check.rows) {
    const char* status = row.matches_published ? "match" : "mismatch";
    t.rows.push_back({row.region.id, region_name(row.region, lang),
                      fixed(row.printed, row.decimals), fixed(row.from_published, row.decimals + 2),
                      fixed(row.computed, row.decimals + 2), ids ? status : word(status, lang),
                      note(t, note_text(check, row), ids)});
  }
  return t;
}

std::string changes_summary(const ChangeCheck& check) {
  const std::size_t n = check.rows.size();
  std::string out = fmt::format(
      "change {}/{}: {} of {} printed changes equal the published indices' ratio to the printed "
      "decimals, "
      "{} of {} lie within the index tolerances of the computed change (a finding about the "
      "source; "
      "not part of the verdict)\n",
      check.later, check.earlier, n - count_printed_mismatches(check), n,
      n - count_outside_tolerance(check), n);
  for (const std::string& problem : check.problems) out += "problem: " + problem + "\n";
  return out;
}

std::string changes_json(const ChangeCheck& check) {
  using nlohmann::ordered_json;
  ordered_json doc;
  doc["earlier"] = check.earlier;
  doc["later"] = check.later;
  doc["rows"] = ordered_json::array();
  for (const ChangeRow& row : check.rows) {
    doc["rows"].push_back({{"region_id", row.region.id},
                           {"printed", row.printed},
                           {"decimals", row.decimals},
                           {"from_published", row.from_published},
                           {"computed", row.computed},
                           {"later_needed", row.later_needed},
                           {"matches_published", row.matches_published},
                           {"within_tolerance", row.within_tolerance},
                           {"known", row.known}});
  }
  doc["problems"] = check.problems;
  return doc.dump(2) + "\n";
}

}  // namespace itzones::io
