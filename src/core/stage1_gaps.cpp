#include "itzones/stage1_gaps.hpp"

#include <set>

#include "itzones/evaluation.hpp"

namespace itzones {

Stage1Gaps stage1_gaps(const Method& method, const std::vector<std::string>& provided) {
  RegionTable columns_only;
  for (const std::string& column : provided) columns_only.columns[column];
  std::set<std::string> needed;
  for (const Indicator& ind : method.indicators) {
    needed.insert(ind.numerator);
    if (ind.denominator) needed.insert(*ind.denominator);
  }
  const std::set<std::string> inputs = input_columns(method);
  Stage1Gaps gaps;
  for (const std::string& column : inputs) {
    if (columns_only.column(column) != nullptr) gaps.provided.push_back(column);
  }
  for (const std::string& column : needed) {
    if (columns_only.column(column) == nullptr) gaps.missing.push_back(column);
  }
  gaps.unformable = unformable_indicators(columns_only, method);
  for (const Indicator& ind : method.indicators) {
    const bool formed = columns_only.column(ind.numerator) != nullptr &&
                        (!ind.denominator || columns_only.column(*ind.denominator) != nullptr);
    if (formed) gaps.formable.push_back(ind.id);
  }
  return gaps;
}

}  // namespace itzones
