#pragma once
// Recognising a totals row ("Республика Казахстан", "Total", "Итого") among the regions of a
// table, so the whole country is never rated as a region or summed twice (issue #8).

#include <string_view>

namespace itzones::io {

// True when `name` (a region_id or a region name, any case, Latin or Cyrillic) names a total:
// it starts with the word total, totals, итого or всего, or is the country as a whole
// (республика казахстан, казахстан, рк, republic of kazakhstan, kazakhstan, kz).
bool is_totals_name(std::string_view name);

}  // namespace itzones::io
