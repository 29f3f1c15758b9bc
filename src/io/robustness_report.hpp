#pragma once
// The uncertainty analysis as tables, JSON and files (for `itzones robustness`).

#include <string>
#include <vector>

#include "files.hpp"
#include "itzones/robustness.hpp"
#include "labels.hpp"
#include "rating_report.hpp"
#include "text_table.hpp"

namespace itzones::io {

// One row per region in nominal rank order: nominal rank, id, name, index and class; median
// rank, 5% and 95% ranks; the probability of each class. Human tables (Headers::labels) leave
// out classes no region ever gets; machine tables keep every class as `p_<class>`.
TextTable robustness_table(const Robustness& r, const Method& method, Lang lang, Headers headers);

// The one-at-a-time analysis, largest mean rank shift first.
TextTable sensitivity_table(const Robustness& r, Lang lang, Headers headers);

// One line saying how the runs were drawn, e.g. "1000 runs, seed 1, weights uniform ±25%, ...".
std::string robustness_setup(const Robustness& r);

// The summary as one JSON document (stable key order, full precision); runs are not included.
std::string robustness_json(const Robustness& r, const Method& method);

// Every run, long format: run, normalisation, aggregation, region_id, index, rank, class.
std::string robustness_runs_csv(const Robustness& r, const Method& method);

// What `robustness` prints in a format.
std::string render_robustness(const Robustness& r, const Method& method, Format format, Lang lang);

// The files `-o DIR` writes for a format: robustness.txt, .md, .json, or robustness.csv,
// robustness-sensitivity.csv and robustness-runs.csv.
std::vector<OutputFile> robustness_files(const Robustness& r, const Method& method, Format format, Lang lang);

}  // namespace itzones::io
