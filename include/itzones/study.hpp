#pragma once
// A study: which method, which periods with which input files, and what to compare against.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "itzones/reproduce.hpp"
#include "itzones/specialisation_study.hpp"
#include "itzones/zones.hpp"

namespace itzones {

struct PeriodFiles {
  std::string period;
  std::vector<std::string> files;  // paths as resolved against the study's folder
};

// What a study whose sources lack stage-1 inputs declares ("stage1": {"available": false}):
// the tool then rates nothing and says which of the method's inputs are provided and missing.
struct Stage1Unavailable {
  std::vector<std::string> provided;  // input columns the study's sources do provide
  std::string reason;                 // in words, printed with the results
};

struct Study {
  std::string name;
  std::string method = "kireyeva2017";
  std::vector<PeriodFiles> periods;  // in time order: the last is "the latest period"
  std::string published;             // published rating table, or empty
  std::map<std::string, double> tolerance;
  std::vector<KnownInconsistency> known_inconsistencies;
  std::optional<SpecialisationStudy> specialisation;  // stage 2, if the study has it
  ZoneRule zone_rule;
  std::optional<Stage1Unavailable> stage1_unavailable;  // set: `periods` is empty, nothing is rated
  std::optional<int> boundaries;  // results on the regions of this year (docs/data.md, "Boundary rules")
  std::string regions;            // the region table, resolved; "" = the bundled one
};

}  // namespace itzones
