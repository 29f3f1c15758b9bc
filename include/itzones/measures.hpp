#pragma once
// The names of the stage-2 measures. Each id is the key the JSON and CSV outputs use and the
// name docs/method.md ("Stage 2") gives the formula under.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "itzones/method.hpp"

namespace itzones {

enum class Measure {
  // of each region in the target industry k
  share_of_national_industry,  // x_rk / X_k
  location_quotient,           // s_rk / S_k
  krugman_term_vs_nation,      // |s_rk - S_k|
  // of each region over all industries
  krugman_specialisation_vs_nation,                // sum_k |s_rk - S_k|, 0..2
  krugman_specialisation_vs_nation_halved,         // the same / 2, 0..1
  krugman_specialisation_vs_rest_of_country,       // reference: the nation without region r
  krugman_specialisation_vs_rest_of_country_halved,
  krugman_specialisation_vs_mean_of_others,        // reference: unweighted mean of the others' s_jk
  krugman_specialisation_vs_mean_of_others_halved,
  specialisation_gini,  // Gini of the region's LQs, industries weighted by S_k
  structure_hhi,        // sum_k s_rk^2
  shannon_entropy_ln,   // -sum_k s_rk ln s_rk
  theil_index_vs_nation,  // sum_k s_rk ln(s_rk / S_k)
  // of each industry over all regions
  krugman_concentration,  // sum_r |c_rk - c_r|, 0..2
  hoover_localisation,    // the same / 2, 0..1
  locational_gini,        // Gini of the industry's LQs, regions weighted by c_r
  share_gini,             // Gini of the regions' shares c_rk, regions unweighted
  hhi_raw,                // sum_r c_rk^2
  hhi_normalised,         // (H - 1/n) / (1 - 1/n)
  // of each pair of regions
  krugman_pairwise,  // sum_k |s_ak - s_bk|
};

// What a measure describes.
enum class Scope { region_in_industry, region, industry, region_pair };

// Whether a measure needs every industry of the economy (region totals) or only the target.
enum class Needs { target_only, economy };

struct MeasureInfo {
  Measure measure;
  std::string id;
  std::string symbol;  // short column heading of human tables, explained in their legend
  Scope scope;
  Needs needs;
  Label label;
};

// Every measure, in the order above (the default order of output columns).
const std::vector<MeasureInfo>& measure_catalogue();

// The catalogue entry of `measure`.
const MeasureInfo& measure_info(Measure measure);

// The measure with this id, or nullopt.
std::optional<Measure> find_measure(std::string_view id);

}  // namespace itzones
