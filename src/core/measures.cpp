#include "itzones/measures.hpp"

namespace itzones {

const std::vector<MeasureInfo>& measure_catalogue() {
  using enum Measure;
  static const std::vector<MeasureInfo> k_catalogue = {
      {share_of_national_industry, "share_of_national_industry", "x_rk/X_k", Scope::region_in_industry, Needs::target_only,
       {"Share of national industry output", "Доля в национальном объёме отрасли"}},
      {location_quotient, "location_quotient", "LQ", Scope::region_in_industry, Needs::economy,
       {"Location quotient", "Коэффициент локализации"}},
      {krugman_term_vs_nation, "krugman_term_vs_nation", "|s_rk-S_k|", Scope::region_in_industry, Needs::economy,
       {"Krugman term vs nation", "Слагаемое индекса Кругмана"}},
      {krugman_specialisation_vs_nation, "krugman_specialisation_vs_nation", "KSI_nat", Scope::region, Needs::economy,
       {"Krugman specialisation vs nation (0..2)", "Индекс Кругмана к стране (0..2)"}},
      {krugman_specialisation_vs_nation_halved, "krugman_specialisation_vs_nation_halved", "KSI_nat/2", Scope::region,
       Needs::economy, {"Krugman specialisation vs nation, halved (0..1)", "Индекс Кругмана к стране, половина (0..1)"}},
      {krugman_specialisation_vs_rest_of_country, "krugman_specialisation_vs_rest_of_country", "KSI_rest", Scope::region,
       Needs::economy, {"Krugman specialisation vs rest of country (0..2)", "Индекс Кругмана к остальной стране (0..2)"}},
      {krugman_specialisation_vs_rest_of_country_halved, "krugman_specialisation_vs_rest_of_country_halved", "KSI_rest/2",
       Scope::region, Needs::economy,
       {"Krugman specialisation vs rest of country, halved (0..1)", "Индекс Кругмана к остальной стране, половина (0..1)"}},
      {krugman_specialisation_vs_mean_of_others, "krugman_specialisation_vs_mean_of_others", "KSI_oth", Scope::region,
       Needs::economy, {"Krugman specialisation vs mean of other regions (0..2)", "Индекс Кругмана к среднему других регионов (0..2)"}},
      {krugman_specialisation_vs_mean_of_others_halved, "krugman_specialisation_vs_mean_of_others_halved", "KSI_oth/2",
       Scope::region, Needs::economy,
       {"Krugman specialisation vs mean of other regions, halved (0..1)",
        "Индекс Кругмана к среднему других регионов, половина (0..1)"}},
      {specialisation_gini, "specialisation_gini", "Gini_LQ", Scope::region, Needs::economy,
       {"Specialisation Gini (of the region's LQs)", "Коэффициент Джини специализации"}},
      {structure_hhi, "structure_hhi", "HHI_s", Scope::region, Needs::economy,
       {"HHI of the industry structure", "Индекс Херфиндаля отраслевой структуры"}},
      {shannon_entropy_ln, "shannon_entropy_ln", "H_ln", Scope::region, Needs::economy,
       {"Shannon entropy (natural log)", "Энтропия Шеннона (натуральный логарифм)"}},
      {theil_index_vs_nation, "theil_index_vs_nation", "T_nat", Scope::region, Needs::economy,
       {"Theil index vs nation (natural log)", "Индекс Тейла к стране (натуральный логарифм)"}},
      {krugman_concentration, "krugman_concentration", "KCI", Scope::industry, Needs::economy,
       {"Krugman concentration (0..2)", "Индекс концентрации Кругмана (0..2)"}},
      {hoover_localisation, "hoover_localisation", "Hoover", Scope::industry, Needs::economy,
       {"Hoover localisation (0..1)", "Индекс локализации Гувера (0..1)"}},
      {locational_gini, "locational_gini", "Gini_loc", Scope::industry, Needs::economy,
       {"Locational Gini", "Локализационный коэффициент Джини"}},
      {share_gini, "share_gini", "Gini_c", Scope::industry, Needs::target_only,
       {"Gini of regional shares (unweighted)", "Коэффициент Джини долей регионов"}},
      {hhi_raw, "hhi_raw", "HHI", Scope::industry, Needs::target_only,
       {"HHI of regional shares, raw", "Индекс Херфиндаля-Хиршмана"}},
      {hhi_normalised, "hhi_normalised", "HHI_norm", Scope::industry, Needs::target_only,
       {"HHI of regional shares, normalised", "Индекс Херфиндаля-Хиршмана, нормированный"}},
      {krugman_pairwise, "krugman_pairwise", "KSI_pair", Scope::region_pair, Needs::economy,
       {"Krugman specialisation between two regions (0..2)", "Индекс Кругмана между двумя регионами (0..2)"}},
  };
  return k_catalogue;
}

const MeasureInfo& measure_info(Measure measure) {
  return measure_catalogue()[static_cast<std::size_t>(measure)];
}

std::optional<Measure> find_measure(std::string_view id) {
  for (const MeasureInfo& m : measure_catalogue()) {
    if (m.id == id) return m.measure;
  }
  return std::nullopt;
}

}  // namespace itzones
