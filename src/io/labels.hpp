#pragma once
// The words of the reports in English and Russian.

#include <string>

#include "itzones/method.hpp"
#include "itzones/table.hpp"

namespace itzones::io {

enum class Lang { en, ru };

// The UI string for `key` in `lang` (keys are listed in labels.cpp); the key itself if unknown.
std::string word(const std::string& key, Lang lang);

// A bilingual label in `lang`.
const std::string& pick(const Label& label, Lang lang);

// A region's display name: `region` for ru, `region_en` (falling back to `region`) for en.
const std::string& region_name(const Region& region, Lang lang);

}  // namespace itzones::io
