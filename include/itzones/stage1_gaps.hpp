#pragma once
// What a study without stage-1 inputs cannot compute: the method's inputs it lacks and the
// indicators that therefore cannot be formed.

#include <string>
#include <vector>

#include "itzones/method.hpp"

namespace itzones {

struct Stage1Gaps {
  std::vector<std::string> provided;    // the method's input columns the sources provide, sorted
  std::vector<std::string> missing;     // the method's numerators and denominators they do not, sorted
  std::vector<std::string> unformable;  // as unformable_indicators(): `indicator "x" needs ...`
  std::vector<std::string> formable;    // ids of the indicators the provided columns do form
};

// The gaps of `method` given the columns `provided`.
Stage1Gaps stage1_gaps(const Method& method, const std::vector<std::string>& provided);

}  // namespace itzones
