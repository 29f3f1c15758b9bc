#pragma once
// The Gini of weighted_gini() over inputs of which only the non-zero values are listed: zeros
// sort first and add exactly 0 to every sum, so leaving them out changes no bit of the result.

#include <cstdint>
#include <vector>

namespace itzones {

class SparseGini {
 public:
  // Starts a new set of inputs.
  void clear() {
    m_entries.clear();
    m_mass = 0.0;
    m_lowest = UINT64_MAX;
    m_highest = 0;
  }

  // Adds input `index` (inputs must come in ascending index order) with `value` >= 0 and its
  // weight, which is also `weights[index]` of the array later given to gini().
  void add(std::uint32_t index, double value, double weight);

  // weighted_gini() of all inputs, given `weights` indexed as the inputs (nullptr = every
  // weight 1) and the total weight of all inputs, zeros included, summed in index order.
  double gini(const double* weights, double total_weight);

 private:
  struct Entry {
    std::uint64_t key;  // the bits of the value: for values > 0 they sort as the values do
    std::uint32_t index;
  };
  void sort();

  std::vector<Entry> m_entries;
  std::vector<Entry> m_sorted;
  std::vector<std::uint32_t> m_bucket_start;
  double m_mass = 0.0;                  // sum of weight x value, in index order
  std::uint64_t m_lowest = UINT64_MAX;  // the smallest and largest key added
  std::uint64_t m_highest = 0;
};

}  // namespace itzones
