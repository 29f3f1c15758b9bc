#pragma once
// The statistical audit as tables, JSON and files (for `itzones stats`).

#include <string>
#include <vector>

#include "files.hpp"
#include "itzones/stats.hpp"
#include "labels.hpp"
#include "rating_report.hpp"
#include "text_table.hpp"

namespace itzones::io {

// Per indicator: group, coverage, min, max, mean, sd, skewness, kurtosis, outlier flag, and
// Pearson's and Spearman's correlation with its group's score.
TextTable indicator_stats_table(const StatsReport& s, Lang lang, Headers headers);

// Every pair of indicators with both correlations; pairs pulling apart inside a group flagged.
TextTable correlation_table(const StatsReport& s, Lang lang, Headers headers);

// The audit as one JSON document (stable key order, full precision).
std::string stats_json(const StatsReport& s);

// What `stats` prints in a format (csv: the indicator table).
std::string render_stats(const StatsReport& s, Format format, Lang lang);

// The files `-o DIR` writes for a format: stats.txt, .md, .json, or stats.csv and
// stats-correlations.csv.
std::vector<OutputFile> stats_files(const StatsReport& s, Format format, Lang lang);

}  // namespace itzones::io
