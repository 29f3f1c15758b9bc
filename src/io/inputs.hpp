#pragma once
// Loading a study's inputs: the period tables (joined on region_id) and the published scores.

#include <filesystem>
#include <string>
#include <vector>

#include "itzones/evaluation.hpp"
#include "itzones/published_changes.hpp"
#include "itzones/reproduce.hpp"
#include "itzones/study.hpp"
#include "region_table_csv.hpp"

namespace itzones::io {

// Reads each file, keeps the method's input columns, joins them on region_id, and checks
// that every indicator can be formed. Errors name the file (and line, column) at fault.
Result<PeriodInput> load_period(const std::string& period, const std::vector<std::string>& files,
                                const Method& method, const TableOptions& options);

// A published rating table: the scores, and the change of the last period against the first
// when the table has that column (`change_LAST_FIRST`, as Table 6 and our summary name it).
struct PublishedTable {
  std::vector<PublishedScore> scores;
  std::vector<PublishedChange> changes;  // empty without the column or with fewer than two periods
};

// Reads a published rating table: `region_id` and, per period P, `index_P` and `class_P`, and
// the optional change column. Errors: a missing column, a cell that is not a number or empty.
Result<PublishedTable> load_published_table(const std::string& file, const std::vector<std::string>& periods,
                                            const TableOptions& options);

// The scores of load_published_table().
Result<std::vector<PublishedScore>> load_published(const std::string& file,
                                                   const std::vector<std::string>& periods,
                                                   const TableOptions& options);

// A method: a file when `id` ends in ".json" (relative to `base_dir`, see load_method()),
// otherwise a built-in one by id. Error for an unknown id names the built-in ids.
Result<Method> find_method(const std::string& id, const std::filesystem::path& base_dir = {});

// Every period of the study, loaded.
Result<std::vector<PeriodInput>> load_periods(const Study& study, const Method& method,
                                              const TableOptions& options);

}  // namespace itzones::io
