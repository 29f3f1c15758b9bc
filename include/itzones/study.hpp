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

struct Study {
  std::string name;
  std::string method = "kireyeva2017";
  std::vector<PeriodFiles> periods;  // in time order: the last is "the latest period"
  std::string published;             // published rating table, or empty
  std::map<std::string, double> tolerance;
  std::vector<KnownInconsistency> known_inconsistencies;
  std::optional<SpecialisationStudy> specialisation;  // stage 2, if the study has it
  ZoneRule zone_rule;
};

}  // namespace itzones
