#pragma once
// Stage-2 results as tables, JSON, and files in every output format.

#include <string>
#include <vector>

#include "files.hpp"
#include "itzones/specialise.hpp"
#include "labels.hpp"
#include "rating_report.hpp"
#include "text_table.hpp"

namespace itzones::io {

// Decimals of the specialisation measures: 3 in tables people read (design §4), 6 in the machine
// tables (CSV), where shares of many small regions below 0.0005 would print as 0.
inline constexpr int k_specialisation_decimals = 3;
inline constexpr int k_specialisation_csv_decimals = 6;
constexpr int measure_decimals(Headers headers) {
  return headers == Headers::ids ? k_specialisation_csv_decimals : k_specialisation_decimals;
}

// Region rows: rank, region_id, region, one column per region measure.
TextTable region_measures_table(const Specialisation& s, Lang lang, Headers headers);

// Industry rows: industry, one column per industry measure.
TextTable industry_measures_table(const Specialisation& s, Lang lang, Headers headers);

// Location quotients: region rows, one column per industry (empty when not computed).
TextTable location_quotient_table(const Specialisation& s, Lang lang, Headers headers);

// Krugman pairwise index: region rows and columns (empty when not computed).
TextTable pairwise_table(const Specialisation& s, Lang lang, Headers headers);

// The legend of the measure symbols used by `periods`.
std::string measure_legend(const std::vector<Specialisation>& periods, Lang lang);

// Every period as one JSON document: per period, `regions` rows with `region_id`, `industry` and
// one key per region measure id; `industries` rows; `location_quotients` and `krugman_pairwise`
// as long rows; `notes`. Full precision, stable key order.
std::string specialisation_json(const std::vector<Specialisation>& periods);

// What `specialize` prints in `format`.
std::string render_specialisation(const std::vector<Specialisation>& periods, Format format, Lang lang);

// The files `-o DIR` writes for `format`: specialisation.txt, .json, .md, or per period
// specialisation-regions-P.csv, specialisation-industries-P.csv, location-quotients-P.csv and
// krugman-pairwise-P.csv (the last two when computed). Every CSV table (on stdout too) starts with
// a `period` column, so the tables of several periods stay apart.
std::vector<OutputFile> specialisation_files(const std::vector<Specialisation>& periods, Format format, Lang lang);

}  // namespace itzones::io
