#pragma once
// The verdict: recommended IT-cluster zones from the innovation rating (stage 1) and the
// specialisation in the target industry (stage 2), by an explicit two-axis rule.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/measures.hpp"
#include "itzones/published_shares.hpp"
#include "itzones/rating.hpp"
#include "itzones/specialise.hpp"

namespace itzones {

// The four zones, in the order reports list them.
enum class Zone {
  growth_pole,       // strong rating and strong specialisation
  innovation_ready,  // strong rating, weak specialisation
  it_specialised,    // strong specialisation, weak rating
  periphery,         // neither
};

// A region's rating is strong when its index >= rating_threshold; its specialisation is strong
// when the rule's measure of the target industry >= measure_threshold. A value on a threshold
// is strong, as a score on a class boundary is in the upper class.
struct ZoneRule {
  double rating_threshold = 30.0;  // the lower bound of class C++ on the paper's scale
  Measure measure = Measure::share_of_national_industry;
  double measure_threshold = 0.03;  // 3% of the national output of the industry
};

struct ZonedRegion {
  Region region;
  Zone zone = Zone::periphery;
  double index = 0.0;
  std::string rating_class;
  double value = 0.0;  // the rule's measure
  bool printed_dash = false;  // value 0, and the source prints "-": no output of the industry at all
};

struct PeriodZones {
  std::string period;
  std::vector<ZonedRegion> regions;  // by zone, then index descending, then region_id
};

struct Zones {
  ZoneRule rule;
  std::string industry;
  std::vector<PeriodZones> periods;  // rated periods that have specialisation data, in time order;
                                     // the last is the latest rated period: the recommendation
};

// Classifies every region of every rated period that has specialisation data for the same period
// id. Errors: the rule's measure is not share_of_national_industry or location_quotient, or was
// not computed (location_quotient of a target-only input: saying it needs every industry and
// naming the input's `source`); the latest rated period has no specialisation data; a period
// whose rating and specialisation cover different regions (naming them).
Result<Zones> classify_zones(const std::vector<PeriodRating>& ratings,
                             const std::vector<Specialisation>& specialisations, const ZoneRule& rule);

// Marks each region whose rule value is 0 and whose published share of the same period is
// printed as a dash ("no such phenomenon", e.g. Atyrau in the paper's Table 7), unlike a
// printed 0 (Karaganda), which is a share too small to show.
void mark_printed_dashes(Zones& zones, const std::vector<PublishedShare>& published);

// The zone's id as outputs spell it: "growth_pole", "innovation_ready", "it_specialised", "periphery".
std::string zone_id(Zone zone);

// The region's entry in a period, or nullptr.
const ZonedRegion* find_region(const PeriodZones& period, const std::string& region_id);

}  // namespace itzones
