#pragma once
// A rating method as data: indicators, groups, normalisation, aggregation, class scale.
// Nothing about a country is hard-coded here; the paper's method is one value of this type.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "itzones/aggregate.hpp"
#include "itzones/normalise.hpp"

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
  Direction direction = Direction::higher_is_better;
  double weight = 1.0;                         // within its group
  std::optional<Normalisation> normalisation = std::nullopt;  // nullopt: the method's
};

// A node of the hierarchy above the indicators: it aggregates the indicators that name it as
// their group, or the groups that name it as their parent (never both).
struct Group {
  std::string id;
  std::string symbol;  // short column heading, e.g. R_IS
  double weight = 1.0;  // within its parent
  Label label;
  std::string parent = {};  // empty: the group is a child of the index
};

// What the rating does with an indicator value that cannot be formed for a region.
enum class MissingTreatment {
  error,          // stop, naming the indicator and region
  drop,           // leave it out of its group for that region; the others' weights are rescaled
  impute_mean,    // use the mean of the regions that have a value (same indicator and period)
  impute_median,  // use their median
};

// One letter class: a score >= lower (and below the next class's lower) gets this class;
// so a score on a boundary belongs to the upper class.
struct ClassBand {
  std::string name;
  double lower = 0.0;
  Label meaning;
};

// Normalisation: `normalisation` for every indicator without its own. Aggregation: the weighted
// mean `aggregation[level - 1]` at each level above the indicators (level 1 aggregates
// indicators; the last level is the index), or `aggregation[0]` at every level when it has one
// entry. The paper's: percent of the best region, arithmetic means, equal weights.
struct Method {
  std::string id;
  Label name;
  std::vector<Indicator> indicators;
  std::vector<Group> groups;
  std::vector<ClassBand> classes;  // sorted by `lower`, descending; the last has lower 0
  Normalisation normalisation = {};
  std::vector<Aggregation> aggregation = {Aggregation::arithmetic};
  MissingTreatment missing = MissingTreatment::error;

  // Class of a score in [0, 100] under the scale above ("" without classes).
  std::string classify(double score) const;
  // Position in `classes` of the class of `score`, or nullopt without classes.
  std::optional<std::size_t> class_index(double score) const;
};

// The method of Kireyeva (2017): R_IS over productivity, capital productivity and ecological
// efficiency; R_IA over R&D and technological-innovation spend per employed and innovative
// output per capita; index = (R_IS + R_IA) / 2; classes of the paper's Table 1.
Method kireyeva2017();

// Built-in methods by id, or nullopt.
std::optional<Method> builtin_method(const std::string& id);

// Every built-in method, in id order.
std::vector<Method> builtin_methods();

}  // namespace itzones
