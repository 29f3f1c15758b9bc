#pragma once
// The stage-2 part of a study: where each period's region x industry data is, what was
// published, and the zone rule (docs/formats.md, "Stage 2").

#include <map>
#include <string>
#include <vector>

#include "itzones/industry.hpp"
#include "itzones/reproduce.hpp"

namespace itzones {

struct SpecialisationPeriod {
  std::string period;
  std::string file;    // resolved against the study's folder
  std::string column;  // value column of a target-only table; "" = layout from the header
  std::string year;    // year of a long file with `year`; "" = the period id
};

struct SpecialisationStudy {
  std::string industry = "J";  // the target industry
  MissingPolicy missing = MissingPolicy::error;
  std::vector<SpecialisationPeriod> periods;
  std::string published;                       // published shares table, or empty
  std::map<std::string, std::string> columns;  // period -> its column in `published`
  std::vector<KnownInconsistency> known_inconsistencies;
};

}  // namespace itzones
