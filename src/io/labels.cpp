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
