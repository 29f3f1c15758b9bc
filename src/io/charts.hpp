#pragma once
// The report's charts as inline SVG. Every chart is one <svg data-chart="..."> and draws one
// mark per region: an element with class "mark" and data-region="<region_id>", so tests (and
// readers' tools) can count and find them.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "geojson.hpp"
#include "itzones/method.hpp"
#include "itzones/over_time.hpp"
#include "itzones/rating.hpp"
#include "itzones/robustness.hpp"
#include "itzones/zones.hpp"
#include "labels.hpp"
#include "region_places.hpp"

namespace itzones::io {

// The fill colour of a letter class, "#rrggbb": a red-yellow-green ramp from the method's
// lowest class (red) to its highest (dark green); grey for a class the method does not know.
std::string class_colour(const Method& method, const std::string& class_name);

// The latest period's ranking as horizontal bars on the 0-100 index scale, gridlines at the
// class boundaries, bars coloured by class, and a legend of the whole class scale.
std::string ranking_chart(const Method& method, const PeriodRating& rating, Lang lang);

// The first group score against the second (R_IS across, R_IA up) on equal axes with the
// diagonal of equal strength; points coloured by class and labelled with region names.
// Needs a method with at least two groups.
std::string groups_chart(const Method& method, const PeriodRating& rating, Lang lang);

// The index of each region in `earlier` and `later` joined by a line coloured by the later
// class; labels with name and value on both sides. Regions missing from either are skipped.
std::string slope_chart(const Method& method, const PeriodRating& earlier, const PeriodRating& later,
                        Lang lang);

// What a map colours: one category and fill per region, and the legend of the categories.
struct MapLayer {
  std::string chart;  // data-chart of the map: "map" (classes) or "zone-map"
  std::string title;  // accessible name
  struct Entry {
    std::string category;  // data-category of the mark, e.g. "B++" or "growth_pole"
    std::string colour;
    std::string tooltip;
    std::size_t number = 0;  // drawn on the region (its rank)
  };
  std::map<std::string, Entry> regions;  // by region_id; regions not here are not drawn
  struct LegendItem {
    std::string colour;
    std::string text;
    std::string tooltip;
  };
  std::string legend_title;
  std::vector<LegendItem> legend;
};

// A zone's fill colour, "#rrggbb".
std::string zone_colour(Zone zone);

// A value of the zone rule's measure on the zone chart: a share as a percentage with one
// decimal ("68.3%"), other measures with three decimals.
std::string measure_value_text(Measure measure, double value);

// The latest period's zones: innovation index up against the rule's measure across (on a
// square-root scale, so small shares stay apart), both thresholds drawn as dashed lines, the
// four quadrants named, points coloured by zone and labelled with region names.
std::string zone_chart(const Zones& zones, Lang lang);

// The zone layer of the latest period: zone colours, numbers = ranks in `rating` where rated.
MapLayer zone_layer(const Zones& zones, const PeriodRating& rating, Lang lang);

// The class layer of a period: colours of the class scale, numbers = ranks.
MapLayer class_layer(const Method& method, const PeriodRating& rating, Lang lang);

// Each region of `layer` as a circle at its administrative centre (equirectangular projection)
// with its number, labelled with its name, and a graticule every 5 degrees. Regions without a
// place are not drawn.
std::string schematic_map(const MapLayer& layer, const std::vector<Region>& regions,
                          const std::vector<RegionPlace>& places, Lang lang);

// A choropleth of the outlines in the colours of `layer`, each region numbered at the centre
// of its largest ring. Regions without an outline are not drawn.
std::string boundary_map(const MapLayer& layer, const Outlines& outlines);

// The robustness of each region's rank, in nominal rank order: its 5-95% rank interval as a bar
// in its nominal class's colour (the mark), the median rank as a dot and the nominal rank as a
// ring; beside it, the probability of each class as a bar of class-coloured segments.
std::string robustness_chart(const Method& method, const Robustness& robustness, Lang lang);

// One measure of every region over the periods (a study without a rating: the share of the
// national ICT output, the location quotient, the Krugman index): one line per region (the
// mark, data-chart "series-<measure id>"), named at its right end with its last value; shares
// on a square-root scale, so the many small ones stay apart.
std::string series_chart(const SeriesTable& series, Lang lang);

}  // namespace itzones::io
