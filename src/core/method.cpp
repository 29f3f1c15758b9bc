#include "itzones/method.hpp"

namespace itzones {

std::optional<std::size_t> Method::class_index(double score) const {
  if (classes.empty()) return std::nullopt;
  for (std::size_t c = 0; c < classes.size(); ++c) {
    if (score >= classes[c].lower) return c;
  }
  return classes.size() - 1;
}

std::string Method::classify(double score) const {
  const std::optional<std::size_t> c = class_index(score);
  return c ? classes[*c].name : std::string();
}

Method kireyeva2017() {
  Method m;
  m.id = "kireyeva2017";
  m.name = {"Kireyeva (2017) innovation rating", "Рейтинг инновационного развития (Киреева, 2017)"};
  m.groups = {
      {"r_is", "R_IS", 1.0, {"Innovation susceptibility (R_IS)", "Инновационная восприимчивость (R_IS)"}},
      {"r_ia", "R_IA", 1.0, {"Innovation activity (R_IA)", "Инновационная активность (R_IA)"}},
  };
  m.indicators = {
      {"labour_productivity", "S_D", "r_is", "grp", "employed", 1e3, "labour_productivity",
       {"Labour productivity", "Производительность труда"},
       {"thousand tenge per employed", "тыс. тенге/человек"}},
      {"capital_productivity", "S_F", "r_is", "grp", "fixed_assets", 1.0, "capital_productivity",
       {"Capital productivity", "Отдача основных средств"},
       {"GRP per tenge of fixed assets", "ВРП, тенге/основные средства, тенге"}},
      {"ecological_efficiency", "S_E", "r_is", "grp", "emissions", 1.0, "ecological_efficiency",
       {"Ecological efficiency", "Экологичность производства"},
       {"thousand tenge per tonne of emissions", "тыс. тенге на тонну выбросов"}},
      {"rd_per_employed", "S_A", "r_ia", "rd_expenditure", "employed", 1e6, "rd_per_employed",
       {"R&D spend per employed", "Затраты на исследования и разработки на 1 занятого"},
       {"tenge per employed", "тенге/чел."}},
      {"tech_innovation_per_employed", "S_B", "r_ia", "tech_innovation_expenditure", "employed", 1e6,
       "tech_innovation_per_employed",
       {"Technological-innovation spend per employed",
        "Затраты на технологические инновации на 1 занятого"},
       {"tenge per employed", "тенге/чел."}},
      {"innovative_output_per_capita", "S_C", "r_ia", "innovative_output", "population", 1e6,
       "innovative_output_per_capita",
       {"Innovative output per capita", "Выпуск инновационной продукции на душу населения"},
       {"tenge per inhabitant", "тенге/чел."}},
  };
  m.classes = {
      {"A++", 90, {"super high level of innovative development", "супер высокий уровень инновационного развития"}},
      {"A+", 80, {"very high level of innovative development", "очень высокий уровень инновационного развития"}},
      {"A", 70, {"high level of innovative development", "высокий уровень инновационного развития"}},
      {"B++", 60, {"above-average level of innovative development", "уровень инновационного развития выше среднего"}},
      {"B+", 50, {"average level of innovative development", "средний уровень инновационного развития"}},
      {"B", 40, {"satisfactory level of innovative development", "удовлетворительный уровень инновационного развития"}},
      {"C++", 30, {"below-average level of innovative development", "уровень инновационного развития ниже среднего"}},
      {"C+", 20, {"low level of innovative development", "низкий уровень инновационного развития ниже среднего"}},
      {"C", 10, {"very low level of innovative development", "очень низкий уровень инновационного развития"}},
      {"D", 0, {"unsatisfactory level of innovative development", "неудовлетворительный уровень инновационного развития"}},
  };
  return m;
}

std::vector<Method> builtin_methods() { return {kireyeva2017()}; }

std::optional<Method> builtin_method(const std::string& id) {
  for (Method& m : builtin_methods()) {
    if (m.id == id) return std::move(m);
  }
  return std::nullopt;
}

}  // namespace itzones
