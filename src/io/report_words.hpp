#pragma once
// The words of the HTML report and its charts in English and Russian.

#include <string>

#include "labels.hpp"

namespace itzones::io {

// The report's word for `key` in `lang` (keys listed in report_words.cpp), falling back to
// io::word for the words the tables share.
std::string report_word(const std::string& key, Lang lang);

}  // namespace itzones::io
