#include "run_report.hpp"

#include <nlohmann/json.hpp>

#include "specialisation_report.hpp"
#include "zones_report.hpp"

namespace itzones::io {

std::string render_run(const Evaluation& ev, const std::string& study_name, const std::vector<Specialisation>& specs,
                       const Zones& zones, Format format, Lang lang) {
  if (format == Format::json) {
    using nlohmann::ordered_json;
    ordered_json doc = ordered_json::parse(rating_json(ev, study_name));
    doc["specialisation"] = ordered_json::parse(specialisation_json(specs));
    doc["zones"] = ordered_json::parse(zones_json(zones));
    return doc.dump(2) + "\n";
  }
  return render_evaluation(ev, study_name, format, lang) + "\n" + render_specialisation(specs, format, lang) + "\n" +
         render_zones(zones, format, lang);
}

std::vector<OutputFile> run_files(const Evaluation& ev, const std::string& study_name,
                                  const std::vector<Specialisation>& specs, const Zones& zones, Format format, Lang lang) {
  std::vector<OutputFile> files = evaluation_files(ev, study_name, format, lang);
  for (auto more : {specialisation_files(specs, format, lang), zones_files(zones, format, lang)}) {
    files.insert(files.end(), more.begin(), more.end());
  }
  return files;
}

}  // namespace itzones::io
