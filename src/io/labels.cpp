#include "labels.hpp"

#include <map>
#include <utility>

namespace itzones::io {
namespace {

const std::map<std::string, std::pair<std::string, std::string>>& dictionary() {
  static const std::map<std::string, std::pair<std::string, std::string>> k_words = {
      {"rank", {"Rank", "Место"}},
      {"region_id", {"ID", "Код"}},
      {"region", {"Region", "Регион"}},
      {"index", {"Index", "Индекс"}},
      {"class", {"Class", "Класс"}},
      {"change", {"Change, %", "Изменение, %"}},
      {"period_title", {"Indicators as % of the best region", "Показатели в % к региону-лидеру"}},
      {"legend", {"Columns", "Столбцы"}},
      {"of_best", {"% of the best region", "% к региону-лидеру"}},
      {"audit_title", {"Audit of published derived columns", "Проверка опубликованных производных показателей"}},
      {"kind", {"Finding", "Вид"}},
      {"period", {"Period", "Период"}},
      {"column", {"Column", "Столбец"}},
      {"printed", {"Printed", "Напечатано"}},
      {"recomputed", {"Recomputed", "Пересчитано"}},
      {"note", {"Note", "Примечание"}},
      {"mismatch", {"mismatch", "расхождение"}},
      {"precision", {"precision", "точность"}},
      {"reproduction_title", {"Reproduction of the published rating", "Воспроизведение опубликованного рейтинга"}},
      {"published", {"Published", "Опубликовано"}},
      {"computed", {"Computed", "Рассчитано"}},
      {"difference", {"Difference", "Разница"}},
      {"status", {"Status", "Статус"}},
      {"match", {"match", "совпадает"}},
      {"drift", {"DRIFT", "РАСХОЖДЕНИЕ"}},
      {"known", {"known", "известно"}},
      {"changes_title", {"Published index change", "Опубликованное изменение индекса"}},
      {"from_published", {"Published ratio", "Отношение опубликованных"}},
      // reference series, studies without stage 1, boundaries
      {"reference_title", {"Check against a reference series", "Сверка с эталонным рядом"}},
      {"value", {"Value", "Значение"}},
      {"reference", {"Reference", "Эталон"}},
      {"difference_percent", {"Difference, %", "Разница, %"}},
      {"agreement", {"Agreement", "Совпадение"}},
      {"carries", {"Most likely carries the figure of", "Вероятно, содержит данные региона"}},
      {"equal", {"equal", "равно"}},
      {"close", {"close", "близко"}},
      {"different", {"DIFFERENT", "ОТЛИЧАЕТСЯ"}},
      {"no_reference", {"no reference", "нет эталона"}},
      {"no_value", {"no value", "нет значения"}},
      {"only_in_reference", {"Only in the reference", "Только в эталоне"}},
      {"stage1_not_computed", {"Stage 1 (innovation rating): not computed", "Этап 1 (инновационный рейтинг): не рассчитан"}},
      {"stage1_provided", {"inputs the sources provide", "показатели, которые дают источники"}},
      {"stage1_missing", {"missing inputs of method", "недостающие показатели методики"}},
      {"stage1_formable", {"indicators that can be formed", "индикаторы, которые можно рассчитать"}},
      {"stage1_unformable", {"indicators that cannot", "индикаторы, которые рассчитать нельзя"}},
      {"stage1_consequence",
       {"not computed: the innovation index, classes, ranks and changes, and the IT-cluster zones, which need them",
        "не рассчитаны: инновационный индекс, классы, места и их изменения, а также зоны IT-кластеров, для которых они нужны"}},
      {"stage1_reason", {"why", "причина"}},
      {"boundaries_title", {"On the boundaries of", "В границах"}},
      {"notes_title", {"Notes", "Примечания"}},
      {"over_time", {"over time", "по годам"}},
      // stage 2
      {"industry", {"Industry", "Отрасль"}},
      {"specialisation_title", {"Specialisation of regions, target industry", "Специализация регионов, целевая отрасль"}},
      {"concentration_title", {"Concentration of industries, target", "Концентрация отраслей, целевая"}},
      {"lq_title", {"Location quotients, target", "Коэффициенты локализации, целевая отрасль"}},
      {"pairwise_title", {"Krugman index between regions, target", "Индекс Кругмана между регионами, целевая отрасль"}},
      {"zones_title", {"Recommended IT-cluster zones", "Перспективные зоны IT-кластеров"}},
      {"zone_rule", {"rule", "правило"}},
      {"class_lower", {"class", "класс"}},
      {"zone", {"Zone", "Зона"}},
      {"reasons", {"Reasons", "Основания"}},
      {"movement", {"Movement", "Движение"}},
      {"unchanged", {"unchanged", "без изменений"}},
      {"share_phrase", {"{}% of national {} output", "{}% национального объёма отрасли {}"}},
      {"no_output_phrase", {"no {} output (printed -)", "нет объёма отрасли {} (напечатано «-»)"}},
      {"lq_of", {"location quotient of", "коэффициент локализации отрасли"}},
      {"zone_growth_pole", {"growth pole", "полюс роста"}},
      {"zone_innovation_ready", {"innovation-ready", "инновационно готовый"}},
      {"zone_it_specialised", {"IT-specialised", "IT-специализированный"}},
      {"zone_periphery", {"periphery", "периферия"}},
      {"shares_title", {"Published shares of national IT output (Table 7)", "Опубликованные доли национального объёма IT (табл. 7)"}},
      {"sum", {"Sum", "Сумма"}},
      {"tolerance", {"Tolerance", "Допуск"}},
      // methods, robustness, statistical audit
      {"methods_title", {"Methods", "Методики"}},
      {"period_title_normalised", {"Normalised indicators", "Нормированные показатели"}},
      {"method", {"Method", "Методика"}},
      {"name", {"Name", "Название"}},
      {"indicators", {"Indicators", "Показатели"}},
      {"groups", {"Groups", "Группы"}},
      {"levels", {"Levels", "Уровни"}},
      {"normalisation", {"Normalisation", "Нормализация"}},
      {"aggregation", {"Aggregation", "Агрегирование"}},
      {"missing", {"Missing values", "Пропуски"}},
      {"classes", {"Classes", "Классы"}},
      {"robustness_title", {"Robustness of ranks and classes", "Устойчивость мест и классов"}},
      {"median_rank", {"Median rank", "Медиана места"}},
      {"rank_p05", {"Rank 5%", "Место 5%"}},
      {"rank_p95", {"Rank 95%", "Место 95%"}},
      {"sensitivity_title", {"One choice at a time", "Влияние каждого выбора по отдельности"}},
      {"factor", {"Factor", "Фактор"}},
      {"choice", {"Choice", "Вариант"}},
      {"runs", {"Runs", "Прогоны"}},
      {"mean_rank_shift", {"Mean rank shift", "Средний сдвиг места"}},
      {"max_rank_shift", {"Max rank shift", "Наибольший сдвиг места"}},
      {"class_change_share", {"Class changes", "Доля смен класса"}},
      {"stats_title", {"Statistical audit of the indicators", "Статистический анализ показателей"}},
      {"stats_note", {"OUT: |skewness| > 2 and kurtosis > 3.5 (possible outliers); r, rho: Pearson and Spearman "
                      "correlation with the indicator's group",
                      "OUT: |асимметрия| > 2 и эксцесс > 3,5 (возможные выбросы); r, rho: корреляция Пирсона и "
                      "Спирмена с группой показателя"}},
      {"indicator", {"Indicator", "Показатель"}},
      {"group", {"Group", "Группа"}},
      {"available", {"Available", "Есть данные"}},
      {"coverage", {"Coverage", "Полнота"}},
      {"min", {"Min", "Мин."}},
      {"max", {"Max", "Макс."}},
      {"mean", {"Mean", "Среднее"}},
      {"sd", {"SD", "Ст. откл."}},
      {"skewness", {"Skewness", "Асимметрия"}},
      {"kurtosis", {"Kurtosis", "Эксцесс"}},
      {"outlier", {"Outliers", "Выбросы"}},
      {"r_group", {"r (group)", "r (группа)"}},
      {"rho_group", {"rho (group)", "rho (группа)"}},
      {"correlations_title", {"Correlations between indicators", "Корреляции между показателями"}},
      {"indicator_a", {"Indicator", "Показатель"}},
      {"indicator_b", {"with", "с показателем"}},
      {"pairs", {"Pairs", "Пар"}},
      {"pearson", {"Pearson r", "r Пирсона"}},
      {"spearman", {"Spearman rho", "rho Спирмена"}},
      {"same_group", {"Same group", "Одна группа"}},
      {"flag", {"Flag", "Отметка"}},
  };
  return k_words;
}

}  // namespace

std::string word(const std::string& key, Lang lang) {
  const auto it = dictionary().find(key);
  if (it == dictionary().end()) return key;
  return lang == Lang::ru ? it->second.second : it->second.first;
}

const std::string& pick(const Label& label, Lang lang) {
  return lang == Lang::ru || label.en.empty() ? label.ru : label.en;
}

const std::string& region_name(const Region& region, Lang lang) {
  return lang == Lang::en && !region.name_en.empty() ? region.name_en : region.name;
}

}  // namespace itzones::io
