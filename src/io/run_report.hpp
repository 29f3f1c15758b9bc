#pragma once
// Everything `itzones run` reports for a study with stage 2: rating, specialisation, zones.

#include <string>
#include <vector>

#include "files.hpp"
#include "itzones/evaluation.hpp"
#include "itzones/specialise.hpp"
#include "itzones/zones.hpp"
#include "labels.hpp"
#include "rating_report.hpp"

namespace itzones::io {

// The three results in `format`: for table and md one after the other; for csv the three
// headline tables separated by a blank line; for json one document — the rating document with
// `specialisation` and `zones` added.
std::string render_run(const Evaluation& ev, const std::string& study_name, const std::vector<Specialisation>& specs,
                       const Zones& zones, Format format, Lang lang);

// The files of the rating, the specialisation and the zones for `format`.
std::vector<OutputFile> run_files(const Evaluation& ev, const std::string& study_name,
                                  const std::vector<Specialisation>& specs, const Zones& zones, Format format, Lang lang);

}  // namespace itzones::io
