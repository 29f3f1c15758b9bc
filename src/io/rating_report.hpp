#pragma once
// Stage-1 results as tables, and as files in every output format.

#include <string>
#include <vector>

#include "files.hpp"
#include "itzones/evaluation.hpp"
#include "itzones/reproduce.hpp"
#include "labels.hpp"
#include "text_table.hpp"

namespace itzones::io {

// Human tables carry labels and symbols; machine tables (CSV) carry ids as headers.
enum class Headers { labels, ids };

enum class Format { table, csv, json, md };

// An index as printed beside its class: 2 decimals, more when rounding would reach a class
// bound the index lies below (39.997 prints as 39.997, not 40.00, beside class C++).
std::string index_text(double index, const Method& method);

// The paper's Table 6 shape: rank in the last period, region, index and class per period,
// and the change of the last period against the first.
TextTable summary_table(const Evaluation& ev, Lang lang, Headers headers);

// One table per period: the normalised indicators, group scores, index, class, rank.
TextTable period_table(const Evaluation& ev, const PeriodRating& rating, Lang lang, Headers headers);

// The legend of a period table's symbols (S_D = ..., R_IS = ...).
std::string legend(const Method& method, Lang lang);

// Audit findings, one row each.
TextTable findings_table(const std::vector<AuditFinding>& findings, Lang lang, Headers headers);

// Published against computed scores, with status and explanations.
TextTable reproduction_table(const Reproduction& reproduction, Lang lang, Headers headers);

// The whole evaluation as one JSON document (stable key order, full precision).
std::string rating_json(const Evaluation& ev, const std::string& study_name);

// Audit findings as a JSON array.
std::string findings_json(const std::vector<AuditFinding>& findings);

// A reproduction as one JSON document.
std::string reproduction_json(const Reproduction& reproduction);

// What `run`/`rate` print (Format::table, csv, json or md) as one text.
std::string render_evaluation(const Evaluation& ev, const std::string& study_name, Format format,
                              Lang lang);

// The files `-o DIR` writes for a format: rating.txt, rating-*.csv, rating.json or rating.md.
std::vector<OutputFile> evaluation_files(const Evaluation& ev, const std::string& study_name,
                                         Format format, Lang lang);

}  // namespace itzones::io
