#pragma once
// The check of a column against a reference series, as a table, JSON and a one-line summary.

#include <string>

#include "itzones/reference_check.hpp"
#include "labels.hpp"
#include "rating_report.hpp"
#include "text_table.hpp"

namespace itzones::io {

// One row per region of the checked table, in its order: region_id, region, value, reference,
// difference in percent of the reference, agreement, and which region's figure the row most
// likely carries. Regions only in the reference are listed in the notes.
TextTable reference_table(const ReferenceCheck& check, const std::string& reference_file, Lang lang,
                          Headers headers);

// The check as one JSON document (stable key order, full precision).
std::string reference_json(const ReferenceCheck& check, const std::string& reference_file);

// `grp against ref.csv: 12 equal, 1 close, 3 different (3 most likely carry another region's
// figure), 0 without a reference`.
std::string reference_summary(const ReferenceCheck& check, const std::string& reference_file);

}  // namespace itzones::io
