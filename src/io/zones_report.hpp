#pragma once
// The recommended zones as tables, JSON and files, with each region's reasons in words and numbers.

#include <string>
#include <vector>

#include "files.hpp"
#include "itzones/zones.hpp"
#include "labels.hpp"
#include "rating_report.hpp"
#include "text_table.hpp"

namespace itzones::io {

// Why `region` is in its zone, e.g. "class B++ (65.67) >= 30.00; 63.5% of national IT output
// >= 3.0%": the rating and the rule's measure, each against its threshold.
std::string zone_reason(const Zones& zones, const ZonedRegion& region, Lang lang);

// The zone's name in `lang` ("growth pole", "полюс роста", ...).
std::string zone_name(Zone zone, Lang lang);

// The latest period: zone, region, index, class, the rule's measure, reasons, then each earlier
// period's zone and the movement ("IT-specialised → growth pole", or "unchanged").
TextTable zones_table(const Zones& zones, Lang lang, Headers headers);

// Every period's classification, the rule and the movements as one JSON document.
std::string zones_json(const Zones& zones);

// What `zones` prints in `format`.
std::string render_zones(const Zones& zones, Format format, Lang lang);

// The file `-o DIR` writes for `format`: zones.txt, zones.csv, zones.json or zones.md.
std::vector<OutputFile> zones_files(const Zones& zones, Format format, Lang lang);

}  // namespace itzones::io
