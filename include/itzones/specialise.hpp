#pragma once
// Stage 2 of one period in one value: the requested measures of every region, industry and pair,
// computed once and rendered by any writer.

#include <optional>
#include <string>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/industry.hpp"
#include "itzones/measures.hpp"

namespace itzones {

struct SpecialisationRequest {
  std::string industry;           // the target industry k (e.g. "J", "IT")
  std::vector<Measure> measures;  // empty: every measure the input supports but krugman_pairwise
};

struct RegionValues {
  Region region;
  std::vector<double> values;  // one per Specialisation::region_measures
};

struct IndustryValues {
  std::string industry;
  std::vector<double> values;  // one per Specialisation::industry_measures
};

struct Specialisation {
  std::string period;
  std::string industry;  // the target
  Coverage coverage = Coverage::economy;
  std::vector<Measure> region_measures;    // scope region_in_industry (of the target) or region
  std::vector<RegionValues> regions;       // by the first region measure descending, then region_id
  std::vector<Measure> industry_measures;  // scope industry
  std::vector<IndustryValues> industries;  // every industry of the input, in input order
  std::vector<std::string> lq_industries;  // columns of location_quotients (all industries)
  std::vector<std::vector<double>> location_quotients;  // [row of regions][column], if requested
  std::vector<std::vector<double>> pairwise;            // [row of regions][row of regions], if requested
  std::vector<std::string> notes;                       // from the missing-value policy
  std::string source = {};  // the input it was computed from, for messages ("" when unnamed)
};

// The measures an input of this coverage supports, in catalogue order, without krugman_pairwise.
std::vector<Measure> default_measures(Coverage coverage);

// Computes the requested measures of `m`. Errors: the target industry is not in the input
// (listing those that are); a measure that needs every industry, asked of a target-only input;
// and the errors of national_shares and structure (zero totals, fewer than two regions).
Result<Specialisation> specialise(const IndustryMatrix& m, const SpecialisationRequest& request);

// The value of a region measure for a region, or nullopt when the measure was not computed or
// the region is not in the result.
std::optional<double> region_value(const Specialisation& s, Measure measure, const std::string& region_id);

}  // namespace itzones
