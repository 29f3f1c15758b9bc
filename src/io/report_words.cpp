#include "report_words.hpp"

#include <map>
#include <utility>

namespace itzones::io {
namespace {

const std::map<std::string, std::pair<std::string, std::string>>& dictionary() {
  static const std::map<std::string, std::pair<std::string, std::string>> k_words = {
      // Charts.
      {"index", {"index", "индекс"}},
      {"class", {"class", "класс"}},
      {"rank", {"rank", "место"}},
      {"class_scale", {"Class scale (lower bound of the index)", "Шкала классов (нижняя граница индекса)"}},
      {"ranking_chart", {"Innovation index by region", "Индекс инновационного развития по регионам"}},
      {"groups_chart", {"Innovation susceptibility against innovation activity",
                        "Инновационная восприимчивость и инновационная активность"}},
      {"equal_strength", {"equal strength", "равные значения"}},
      {"slope_chart", {"Change of the index between periods", "Изменение индекса между периодами"}},
      {"map_chart", {"Regions coloured by class", "Регионы по классам"}},
      {"schematic_note", {"Schematic: each region at its administrative centre",
                          "Схема: каждый регион в точке своего административного центра"}},
      {"zone_chart", {"Recommended IT-cluster zones", "Перспективные зоны IT-кластеров"}},
      {"zone_map", {"Regions coloured by zone", "Регионы по зонам"}},
      {"zones_legend", {"Zones", "Зоны"}},
      {"sqrt_scale", {"square-root scale", "шкала квадратного корня"}},
      {"innovation_index", {"Innovation index", "Индекс инновационного развития"}},
      {"robustness_chart", {"Rank intervals and class probabilities", "Интервалы мест и вероятности классов"}},
      {"rank_interval", {"Rank, 5–95% of runs", "Место, 5–95% прогонов"}},
      {"rank_interval_note", {"bar: 5–95% interval, dot: median, ring: nominal rank",
                              "полоса — интервал 5–95%, точка — медиана, кольцо — место по методике"}},
      {"class_probability", {"Probability of each class", "Вероятность каждого класса"}},
      {"nominal_rank", {"nominal rank", "место по методике"}},
      {"median_rank", {"median", "медиана"}},
      // Page.
      {"page_title", {"Innovation rating of regions", "Рейтинг инновационного развития регионов"}},
      {"contents", {"Contents", "Содержание"}},
      {"sec_ranking", {"Ranking", "Рейтинг"}},
      {"sec_groups", {"Susceptibility and activity", "Восприимчивость и активность"}},
      {"sec_change", {"Change between periods", "Изменение между периодами"}},
      {"sec_map", {"Map", "Карта"}},
      {"sec_zones", {"Recommended IT-cluster zones", "Перспективные зоны для IT-кластеров"}},
      {"zone_caption",
       {"{period}: the innovation index against «{measure}» ({industry}). The dashed lines are the rule's thresholds: "
        "index {rating_threshold} and {measure_threshold}; a value on a threshold counts as strong.",
        "{period}: индекс инновационного развития и «{measure}» ({industry}). Пунктир — пороги правила: индекс "
        "{rating_threshold} и {measure_threshold}; значение на пороге считается высоким."}},
      {"sec_robustness", {"Robustness of ranks", "Устойчивость мест"}},
      {"robustness_caption",
       {"{period}: the index rebuilt {runs} times (seed {seed}) with the method's normalisation and aggregation and "
        "each weight multiplied by 1 + U(−{spread}, {spread}). Left: the interval holding 5–95% of each region's "
        "ranks across the runs; right: the share of runs in which the region falls in each class.",
        "{period}: индекс пересчитан {runs} раз (зерно {seed}) с нормировкой и агрегированием методики, каждый вес "
        "умножен на 1 + U(−{spread}, {spread}). Слева — интервал, в который попадают 5–95% мест региона по "
        "прогонам; справа — доля прогонов, в которых регион получает каждый класс."}},
      {"robustness_table", {"{period}: ranks and classes over {runs} runs", "{period}: места и классы по {runs} прогонам"}},
      {"sec_over_time", {"Over time", "По годам"}},
      {"sec_stage1", {"What the sources give", "Что дают источники"}},
      {"unrated_subtitle", {"IT specialisation of the regions over time; no innovation rating (the sources lack its inputs)",
                            "IT-специализация регионов по годам; рейтинг инновационного развития не рассчитан (в источниках нет его исходных данных)"}},
      {"series_caption",
       {"{measure} of each region, {from}–{to}; names at the right in the order of the last value.",
        "{measure} по регионам, {from}–{to}; названия справа в порядке последнего значения."}},
      {"no_series", {"The periods cannot be compared, so there is no series over time (see the notes).",
                     "Периоды несопоставимы, рядов по годам нет (см. примечания)."}},
      {"sec_tables", {"Tables", "Таблицы"}},
      {"sec_audit", {"Audit findings", "Результаты проверки исходных данных"}},
      {"sec_method", {"Method", "Методика"}},
      {"sec_inputs", {"Inputs", "Исходные данные"}},
      {"sec_warnings", {"Warnings", "Предупреждения"}},
      {"ranking_caption",
       {"Regions by innovation index in {period}, bars coloured by letter class; the vertical lines are the class "
        "boundaries.",
        "Регионы по индексу инновационного развития за {period}; цвет столбца — класс, вертикальные линии — "
        "границы классов."}},
      {"groups_caption",
       {"{x} across and {y} up, {period}, on equal scales. A region above the diagonal is stronger in {y}, below "
        "it in {x}; colours are letter classes.",
        "{x} по горизонтали, {y} по вертикали, {period}, в одном масштабе. Регион выше диагонали сильнее по {y}, "
        "ниже — по {x}; цвет — класс."}},
      {"change_caption",
       {"The index of each region in {from} (left) and {to} (right); line colours are the {to} classes.",
        "Индекс каждого региона за {from} (слева) и {to} (справа); цвет линии — класс за {to}."}},
      {"single_period", {"The study has one period, so there is no change to show.",
                         "В исследовании один период, изменение показать нельзя."}},
      {"map_by_class", {"Regions coloured by class in {period}; the numbers are ranks.",
                        "Регионы по классам за {period}; числа — места в рейтинге."}},
      {"map_by_zone", {"Regions coloured by zone in {period}; the numbers are ranks.",
                       "Регионы по зонам за {period}; числа — места в рейтинге."}},
      {"map_schematic_source",
       {"Schematic: each region is a circle at its administrative centre (coordinates from {file}).",
        "Схема: каждый регион — круг в точке административного центра (координаты из {file})."}},
      {"map_boundaries_source",
       {"Boundaries from {file}, features matched to regions by the property «{key}»{by_name}; simplified for the "
        "page with Douglas–Peucker at a tolerance of {tolerance}° ({before} vertices drawn as {after}).",
        "Границы из {file}, объекты сопоставлены с регионами по свойству «{key}»{by_name}; для страницы упрощены "
        "алгоритмом Дугласа — Пекера с допуском {tolerance}° ({before} вершин нарисованы как {after})."}},
      {"by_name", {", and by name for {regions}", ", по названию — {regions}"}},
      {"no_map", {"No region has a place in the region table or a boundary, so there is no map.",
                  "Ни у одного региона нет координат или границ, карта не построена."}},
      {"no_findings", {"The audit found no inconsistency in the published derived columns.",
                       "Проверка не выявила расхождений в опубликованных производных показателях."}},
      {"indicators", {"Indicators", "Показатели"}},
      {"symbol", {"Symbol", "Обозначение"}},
      {"indicator", {"Indicator", "Показатель"}},
      {"formula", {"Formula", "Формула"}},
      {"unit", {"Unit", "Единица"}},
      {"group", {"Group", "Группа"}},
      {"normalisation",
       {"Each indicator is expressed as a percentage of the best region of the period: I = X / X_max × 100.",
        "Каждый показатель выражается в процентах к лучшему региону периода: I = X / X_max × 100."}},
      {"ratio_policy",
       {"Ratios are recomputed from the raw columns at full precision when both are present; a printed ratio is "
        "used only when a component is missing, and is otherwise audited against the recomputation.",
        "Отношения пересчитываются из исходных столбцов с полной точностью, если оба есть; напечатанное отношение "
        "используется только при отсутствии составляющей, а иначе сверяется с пересчётом."}},
      {"group_scores", {"A group score is the arithmetic mean of its indicators:",
                        "Оценка группы — среднее арифметическое её показателей:"}},
      {"index_formula", {"The index is the weighted mean of the group scores:",
                         "Индекс — взвешенное среднее оценок групп:"}},
      {"lower_bound", {"Index at least", "Индекс не ниже"}},
      {"meaning", {"Meaning", "Значение"}},
      {"study", {"Study", "Исследование"}},
      {"method_id", {"Method", "Методика"}},
      {"periods", {"Periods and files", "Периоды и файлы"}},
      {"published_table", {"Published rating compared with", "Опубликованный рейтинг для сравнения"}},
      {"tolerance", {"Tolerance", "Допуск"}},
      {"known_inconsistencies", {"Known inconsistencies of the source", "Известные несоответствия источника"}},
      {"file", {"File", "Файл"}},
      {"bytes", {"Bytes", "Байт"}},
      {"sha256", {"SHA-256", "SHA-256"}},
      {"inputs_note", {"The results on this page were computed from exactly these files.",
                       "Результаты на этой странице рассчитаны ровно по этим файлам."}},
      {"generated_by", {"Generated by {generator}", "Сформировано программой {generator}"}},
      {"generated_at", {"at {stamp}", "{stamp}"}},
      {"warn_feature", {"boundary feature {feature} matches no region", "объект границ {feature} не сопоставлен ни с одним регионом"}},
      {"warn_outline", {"region {region} has no boundary feature and is not drawn",
                        "у региона {region} нет границ в файле, он не нарисован"}},
      {"warn_place", {"region {region} is not in the region table and is not placed on the map",
                      "региона {region} нет в таблице регионов, он не показан на карте"}},
  };
  return k_words;
}

}  // namespace

std::string report_word(const std::string& key, Lang lang) {
  const auto it = dictionary().find(key);
  if (it == dictionary().end()) return word(key, lang);
  return lang == Lang::ru ? it->second.second : it->second.first;
}

}  // namespace itzones::io
