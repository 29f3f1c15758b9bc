#pragma once
// The check of a published shares table (the paper's Table 7) as a table, a summary and JSON.

#include <string>

#include "itzones/published_shares.hpp"
#include "labels.hpp"
#include "rating_report.hpp"
#include "text_table.hpp"

namespace itzones::io {

// One row per published share: period, region, published (as printed: "-" for a dash),
// computed share_of_national_industry, difference, status, reason.
TextTable shares_table(const ShareReproduction& r, Lang lang, Headers headers);

// One line per period — the sum against its tolerance and how many computed shares equal the
// published ones — then the problems and the verdict.
std::string shares_summary(const ShareReproduction& r);

// The whole check as one JSON document.
std::string shares_json(const ShareReproduction& r);

}  // namespace itzones::io
