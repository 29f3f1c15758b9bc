#pragma once
// Loading a study's stage-2 data: each period's region x industry matrix, after the study's
// missing-value policy.

#include <string>
#include <vector>

#include "industry_csv.hpp"
#include "itzones/specialisation_study.hpp"

namespace itzones::io {

// The table of `period` among those read from one file: the one named `wanted`, or the only one
// of a file without years (renamed `period`). Errors: `file: no year "Y" (years: ...)`; for the
// unnamed table of a file without years, `file: no year "Y": the file has no "year" column`.
Result<IndustryTable> pick_period(std::vector<IndustryTable> tables, const std::string& wanted,
                                  const std::string& file);

// Every period of `spec`, loaded and completed, in the study's order; the tables are named by
// the study's period ids. Errors: those of load_industry_csv, pick_period and complete.
Result<std::vector<IndustryMatrix>> load_specialisation(const SpecialisationStudy& spec, const TableOptions& options);

}  // namespace itzones::io
