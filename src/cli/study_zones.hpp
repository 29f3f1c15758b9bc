#pragma once
// The zones of a study, as `run`, `zones` and `report` compute them.

#include <vector>

#include "commands.hpp"
#include "itzones/specialise.hpp"
#include "itzones/zones.hpp"

namespace itzones::cli {

struct StudyZones {
  std::vector<Specialisation> specialisations;
  Zones zones;
};

// The specialisation of every period of the study (study_specialisation(), each named by its
// input file for messages), the zones of `ratings` under `rule` (classify_zones()), and the
// regions the study's published shares print as "-" marked (mark_printed_dashes()).
// Errors: those of the three, in that order.
Result<StudyZones> study_zones(Context& ctx, LoadedStudy& loaded, const std::vector<PeriodRating>& ratings,
                               const ZoneRule& rule);

}  // namespace itzones::cli
