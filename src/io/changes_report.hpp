#pragma once
// The check of a published change column (the paper's Table 6, last column) as a table, a
// summary and JSON.

#include <string>

#include "itzones/published_changes.hpp"
#include "labels.hpp"
#include "rating_report.hpp"
#include "text_table.hpp"

namespace itzones::io {

// One row per published change: region, printed, published later / earlier * 100, computed
// change, status ("match", or "mismatch" when the printed change is not the published
// indices' ratio), and a note (the later index the printed change would need; outside the
// index tolerances of the computed change).
TextTable changes_table(const ChangeCheck& check, Lang lang, Headers headers);

// How many printed changes equal the published ratio and lie within the tolerances of the
// computed change, then the problems. Informational: the verdict is the reproduction's.
std::string changes_summary(const ChangeCheck& check);

// The check as one JSON document.
std::string changes_json(const ChangeCheck& check);

}  // namespace itzones::io
