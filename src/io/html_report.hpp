#pragma once
// The report page: one self-contained HTML file (no scripts, fonts or requests; a CSP forbids
// them) with inline SVG charts, the tables, the method, and the inputs with their SHA-256.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "geojson.hpp"
#include "itzones/evaluation.hpp"
#include "itzones/robustness.hpp"
#include "itzones/specialise.hpp"
#include "itzones/study.hpp"
#include "itzones/zones.hpp"
#include "labels.hpp"
#include "region_places.hpp"
#include "unrated_report.hpp"

namespace itzones::io {

// A file the results were computed from, named as the page shows it.
struct InputFile {
  std::string name;
  std::size_t bytes = 0;
  std::string sha256;
};

// The boundary file behind a choropleth.
struct BoundarySource {
  std::string file;         // as the page names it
  MatchOptions match;
  std::string attribution;  // printed under the map, as given
  Outlines outlines;
};

// Everything the page shows, computed before rendering.
struct Report {
  Study study;                  // name and parameters; file paths as the page names them
  Evaluation evaluation;
  std::vector<InputFile> inputs;
  std::vector<RegionPlace> places;           // the schematic map, used without boundaries
  std::string places_file;                   // where the places were read, as the page names it
  std::optional<BoundarySource> boundaries;  // the choropleth
  std::vector<Specialisation> specialisations;  // stage 2 per period, if the study has it
  std::optional<Zones> zones;                   // the verdict, if the study has it
  std::optional<Robustness> robustness;         // of the latest period, if computed
  std::string generator;                     // e.g. "itzones 0.1.0"
  std::string stamp;                         // a generation time, or empty for none
};

// Warnings about the map in `lang`: boundary features matching no region, regions without an
// outline or without a place in the region table.
std::vector<std::string> report_warnings(const Report& report, Lang lang);

// The page. Byte-identical for identical reports; every label in `lang`, region names from the
// data. Each chart's marks carry class "mark" and data-region (see charts.hpp).
std::string html_report(const Report& report, Lang lang);

// The page of a study that rates nothing (its sources lack stage-1 inputs): each measure of
// `run` over time as a chart (data-chart "series-<measure id>", one line per region), what
// stage 1 lacks, the boundaries and notes, the tables over time and of every period, and
// `inputs`; the footer names `generator` and, unless empty, the `stamp` time. Byte-identical for
// identical input; every label in `lang`.
std::string html_unrated_report(const UnratedRun& run, const std::vector<InputFile>& inputs,
                                const std::string& generator, const std::string& stamp, Lang lang);

}  // namespace itzones::io
