#pragma once
// A published change column between two periods (the paper's Table 6: later / earlier * 100)
// checked against the published indices it was derived from and against the computed change.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "itzones/rating.hpp"
#include "itzones/reproduce.hpp"

namespace itzones {

struct PublishedChange {
  std::string region_id;
  double value = 0.0;
  int decimals = 0;  // printed after the decimal mark
  Location where;
};

struct ChangeRow {
  Region region;
  double printed = 0.0;
  int decimals = 0;
  double from_published = 0.0;  // published later index / published earlier index * 100
  double computed = 0.0;        // computed later index / computed earlier index * 100
  double later_needed = 0.0;  // the later index the printed change implies: printed * earlier / 100
  bool matches_published =
      true;  // |printed - from_published| <= 0.5 x 10^-decimals (+1e-9 relative)
  // The computed change lies in what the published indices allow within the periods' index
  // tolerances (widened by the printed rounding of the change).
  bool within_tolerance = true;
  bool known = false;  // either index of the region is a declared known inconsistency
};

struct ChangeCheck {
  std::string earlier;  // period ids
  std::string later;
  std::vector<ChangeRow> rows;        // in the order the changes are published
  std::vector<std::string> problems;  // a change without both indices, published or computed
};

// Checks `changes` (of `later` against `earlier`) against `published` and `computed`.
// `tolerance` and `known` are the reproduction's (period -> largest |computed - published|
// index; declared inconsistencies). A published earlier index of 0 is a problem.
ChangeCheck check_changes(const std::string& earlier, const std::string& later,
                          const std::vector<PublishedChange>& changes,
                          const std::vector<PublishedScore>& published,
                          const std::vector<PeriodRating>& computed,
                          const std::map<std::string, double>& tolerance,
                          const std::vector<KnownInconsistency>& known);

// How many rows fail `matches_published`, and how many fail `within_tolerance`.
std::size_t count_printed_mismatches(const ChangeCheck& check);
std::size_t count_outside_tolerance(const ChangeCheck& check);

}  // namespace itzones
