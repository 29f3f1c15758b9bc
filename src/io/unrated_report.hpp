#pragma once
// What `itzones run` reports for a study that rates nothing (its sources lack stage-1 inputs):
// what is missing and not computed, the boundaries, the specialisation of every period and
// measures of the target industry over time.

#include <optional>
#include <string>
#include <vector>

#include "files.hpp"
#include "itzones/over_time.hpp"
#include "itzones/stage1_gaps.hpp"
#include "itzones/specialise.hpp"
#include "labels.hpp"
#include "rating_report.hpp"

namespace itzones::io {

struct UnratedRun {
  std::string study_name;
  std::string method_id;
  Stage1Gaps gaps;
  std::string reason;                    // the study's, in words
  std::optional<int> boundaries;         // the boundary year, if any
  std::vector<std::string> merges;       // describe_merges()
  std::vector<std::string> notes;        // industry breakdowns, series that could not be formed
  std::vector<SeriesTable> series;       // measures over time
  std::vector<Specialisation> periods;   // every period in detail
};

// A titled list of lines: what stage 1 lacks, the boundaries, the notes.
struct TitledLines {
  std::string title;
  std::vector<std::string> lines;
};

// The statement of what stage 1 lacks and what is therefore not computed, the boundaries and
// what they summed, and the notes, in `lang`.
std::vector<TitledLines> unrated_sections(const UnratedRun& run, Lang lang);

// One measure of every region over the periods, as a table.
TextTable series_table(const SeriesTable& s, Lang lang, Headers headers);

// The one-line stderr note: `stage 1 (innovation rating) not computed: the sources lack ...`.
std::string stage1_note(const UnratedRun& run);

// The report in `format`: for table and md the statement, boundaries, notes, the series and
// then every period; csv only the tables; json one document with the keys `study`, `method`,
// `stage1`, `boundaries`, `merges`, `notes`, `over_time` and `specialisation`.
std::string render_unrated(const UnratedRun& run, Format format, Lang lang);

// Files for -o: run.txt, run.md, run.json, or for csv over-time-MEASURE.csv and the
// specialisation's CSV files.
std::vector<OutputFile> unrated_files(const UnratedRun& run, Format format, Lang lang);

}  // namespace itzones::io
