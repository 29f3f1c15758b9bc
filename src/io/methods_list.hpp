#pragma once
// The methods `itzones methods` lists: what each one is made of.

#include <string>
#include <vector>

#include "files.hpp"
#include "itzones/method.hpp"
#include "labels.hpp"
#include "rating_report.hpp"
#include "text_table.hpp"

namespace itzones::io {

// One row per method: id, name, indicators, groups, levels above the indicators,
// normalisation, aggregation per level, missing values, classes. Methods must pass hierarchy().
TextTable methods_table(const std::vector<Method>& methods, Lang lang, Headers headers);

// What `methods` prints in a format (json: an array of objects keyed like the csv headers).
std::string render_methods(const std::vector<Method>& methods, Format format, Lang lang);

// The file `-o DIR` writes for a format: methods.txt, .md, .json or .csv.
std::vector<OutputFile> methods_files(const std::vector<Method>& methods, Format format, Lang lang);

}  // namespace itzones::io
