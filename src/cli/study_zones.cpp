#include "study_zones.hpp"

#include "stage2.hpp"

namespace itzones::cli {

Result<StudyZones> study_zones(Context& ctx, LoadedStudy& loaded,
                               const std::vector<PeriodRating>& ratings, const ZoneRule& rule) {
  auto specs = study_specialisation(ctx, loaded);
  if (!specs) return fail(specs.error());
  const SpecialisationStudy& study = *loaded.study.specialisation;
  for (Specialisation& s : *specs) {
    for (const SpecialisationPeriod& p : study.periods) {
      if (p.period == s.period) s.source = p.file;
    }
  }
  auto zones = classify_zones(ratings, *specs, rule);
  if (!zones) return fail(zones.error());
  return StudyZones{std::move(*specs), std::move(*zones)};
}

}  // namespace itzones::cli
