#pragma once
// A rating method as data: indicators, groups, normalisation, aggregation, class scale.
// Nothing about a country is hard-coded here; the paper's method is one value of this type.

#include <optional>
#include <string>
#include <vector>

namespace itzones {

// A label in the two languages the reports speak.
struct Label {
  std::string en;
  std::string ru;
};

// indicator = numerator / denominator * scale, or the numerator column alone when there is
// no denominator. `published` names the column a source may print the ratio in: it is used
// when a component is absent, and audited against the recomputation otherwise.
struct Indicator {
  std::string id;
  std::string symbol;  // short column heading, e.g. the paper's S_D
  std::string group;
  std::string numerator;
  std::optional<std::string> denominator;
  double scale = 1.0;
  std::string published;
  Label label;
  Label unit;
};

struct Group {
  std::string id;
  std::string symbol;  // short column heading, e.g. R_IS
  double weight = 1.0;
  Label label;
};

// One letter class: a score >= lower (and below the next class's lower) gets this class;
// so a score on a boundary belongs to the upper class.
struct ClassBand {
  std::string name;
  double lower = 0.0;
  Label meaning;
};

// Normalisation: each indicator as a percentage of the best region (X / Xmax * 100).
// Aggregation: arithmetic mean of the indicators within a group, then the weighted
// arithmetic mean of the group scores.
struct Method {
  std::string id;
  Label name;
  std::vector<Indicator> indicators;
  std::vector<Group> groups;
  std::vector<ClassBand> classes;  // sorted by `lower`, descending; the last has lower 0

  // Class of a score in [0, 100] under the scale above.
  std::string classify(double score) const;
};

// The method of Kireyeva (2017): R_IS over productivity, capital productivity and ecological
// efficiency; R_IA over R&D and technological-innovation spend per employed and innovative
// output per capita; index = (R_IS + R_IA) / 2; classes of the paper's Table 1.
Method kireyeva2017();

// Built-in methods by id, or nullopt.
std::optional<Method> builtin_method(const std::string& id);

}  // namespace itzones
