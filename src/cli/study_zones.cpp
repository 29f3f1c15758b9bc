#include "study_zones.hpp"

#include "published_shares_csv.hpp"
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
  if (!study.published.empty()) {
    auto published = io::load_published_shares(study.published, study.columns, ctx.table);
    if (!published) return fail(published.error());
    mark_printed_dashes(*zones, *published);
  }
  return StudyZones{std::move(*specs), std::move(*zones)};
}

}  // namespace itzones::cli
