#include "reference_report.hpp"

#include <fmt/format.h>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace itzones::io {
namespace {

using nlohmann::ordered_json;

std::string heading(const std::string& id, Lang lang, Headers headers) {
  return headers == Headers::ids ? id : word(id, lang);
}

std::string optional_number(const std::optional<double>& value, int decimals) {
  return value ? fixed(*value, decimals) : std::string();
}

std::string difference(const ReferenceRow& row) {
  if (!row.value || !row.reference || *row.reference == 0) return "";
  return fixed((*row.value - *row.reference) / *row.reference * 100, 2);
}

std::size_t count(const ReferenceCheck& check, Agreement agreement) {
  return static_cast<std::size_t>(std::count_if(check.rows.begin(), check.rows.end(),
                                                [&](const ReferenceRow& r) { return r.agreement == agreement; }));
}

}  // namespace

TextTable reference_table(const ReferenceCheck& check, const std::string& reference_file, Lang lang, Headers headers) {
  TextTable t;
  t.title = fmt::format("{}: {} — {}", word("reference_title", lang), check.column, reference_file);
  for (const char* id : {"region_id", "region", "value", "reference", "difference_percent", "agreement", "carries"}) {
    t.headers.push_back(heading(id, lang, headers));
  }
  t.align = {Align::left, Align::left, Align::right, Align::right, Align::right, Align::left, Align::left};
  for (const ReferenceRow& row : check.rows) {
    std::string carries;
    if (row.carries) {
      carries = fmt::format("{} ({}): {}", row.carries->id, region_name(*row.carries, lang),
                            fixed(*row.carried_value, row.carried_decimals));
    }
    t.rows.push_back({row.region.id, region_name(row.region, lang), optional_number(row.value, row.decimals),
                      optional_number(row.reference, row.reference_decimals), difference(row),
                      headers == Headers::ids ? agreement_id(row.agreement) : word(agreement_id(row.agreement), lang),
                      carries});
  }
  for (const Region& r : check.only_in_reference) {
    t.notes.push_back(fmt::format("{}: {} ({})", word("only_in_reference", lang), r.id, region_name(r, lang)));
  }
  return t;
}

std::string reference_json(const ReferenceCheck& check, const std::string& reference_file) {
  ordered_json doc = {{"column", check.column}, {"reference", reference_file}, {"tolerance", check.tolerance}};
  doc["rows"] = ordered_json::array();
  for (const ReferenceRow& row : check.rows) {
    ordered_json r = {{"region_id", row.region.id}, {"region", row.region.name}, {"region_en", row.region.name_en}};
    r["value"] = row.value ? ordered_json(*row.value) : ordered_json();
    r["reference"] = row.reference ? ordered_json(*row.reference) : ordered_json();
    r["agreement"] = agreement_id(row.agreement);
    r["carries"] = row.carries ? ordered_json{{"region_id", row.carries->id}, {"reference", *row.carried_value}}
                               : ordered_json();
    doc["rows"].push_back(r);
  }
  doc["only_in_reference"] = ordered_json::array();
  for (const Region& r : check.only_in_reference) doc["only_in_reference"].push_back(r.id);
  return doc.dump(2) + "\n";
}

std::string reference_summary(const ReferenceCheck& check, const std::string& reference_file) {
  const auto carrying = std::count_if(check.rows.begin(), check.rows.end(),
                                      [](const ReferenceRow& r) { return r.carries.has_value(); });
  return fmt::format("{} against {}: {} equal, {} close, {} different ({} most likely carry another region's "
                     "figure), {} without a reference, {} without a value",
                     check.column, reference_file, count(check, Agreement::equal), count(check, Agreement::close),
                     count(check, Agreement::different), carrying, count(check, Agreement::no_reference),
                     count(check, Agreement::no_value));
}

}  // namespace itzones::io
