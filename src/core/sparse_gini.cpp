#include "itzones/sparse_gini.hpp"

#include <algorithm>
#include <bit>

namespace itzones {
namespace {

constexpr std::size_t k_small = 64;         // fewer inputs: a plain sort
constexpr std::size_t k_small_bucket = 16;  // larger buckets: a plain sort, else insertion

}  // namespace

void SparseGini::add(std::uint32_t index, double value, double weight) {
  m_mass += weight * value;
  if (value == 0.0) return;
  const auto key = std::bit_cast<std::uint64_t>(value);
  m_entries.push_back(Entry{key, index});
  m_lowest = std::min(m_lowest, key);
  m_highest = std::max(m_highest, key);
}

double SparseGini::gini(const double* weights, double total_weight) {
  sort();
  // As weighted_gini(): G = 1 - sum_i (W_i - W_{i-1}) (Y_i + Y_{i-1}) in ascending order.
  double area = 0.0;
  double cumulative = 0.0;
  for (const Entry& e : m_entries) {
    const double value = std::bit_cast<double>(e.key);
    const double weight = weights != nullptr ? weights[e.index] : 1.0;
    const double before = cumulative;
    cumulative += weight * value / m_mass;
    area += weight / total_weight * (cumulative + before);
  }
  return 1.0 - area;
}

// Sorts by (value, index), the order of weighted_gini()'s stable sort: one counting pass into
// about as many buckets as entries (by the key's high bits), then each bucket sorted.
void SparseGini::sort() {
  const auto less = [](const Entry& a, const Entry& b) {
    return a.key != b.key ? a.key < b.key : a.index < b.index;
  };
  const std::size_t n = m_entries.size();
  if (n < k_small) {
    std::sort(m_entries.begin(), m_entries.end(), less);
    return;
  }
  const std::uint64_t lowest = m_lowest;
  const std::uint64_t range = m_highest - lowest;
  const int shift =
      std::max(0, static_cast<int>(std::bit_width(range)) - static_cast<int>(std::bit_width(n)));
  const std::size_t buckets = static_cast<std::size_t>(range >> shift) + 1;
  const auto bucket = [&](const Entry& e) {
    return static_cast<std::size_t>((e.key - lowest) >> shift);
  };
  m_bucket_start.assign(buckets + 1, 0);
  for (const Entry& e : m_entries) ++m_bucket_start[bucket(e) + 1];
  for (std::size_t b = 0; b < buckets; ++b) m_bucket_start[b + 1] += m_bucket_start[b];
  m_sorted.resize(n);
  for (const Entry& e : m_entries) m_sorted[m_bucket_start[bucket(e)]++] = e;  // stable
  // m_bucket_start[b] is now the end of bucket b.
  for (std::size_t b = 0, begin = 0; b < buckets; begin = m_bucket_start[b++]) {
    const auto first = m_sorted.begin() + static_cast<std::ptrdiff_t>(begin);
    const auto last = m_sorted.begin() + static_cast<std::ptrdiff_t>(m_bucket_start[b]);
    if (last - first > static_cast<std::ptrdiff_t>(k_small_bucket)) {
      std::sort(first, last, less);
      continue;
    }
    for (auto i = first + 1; i < last; ++i) {
      const Entry e = *i;
      auto j = i;
      for (; j > first && less(e, *(j - 1)); --j) *j = *(j - 1);
      *j = e;
    }
  }
  m_entries.swap(m_sorted);
}

}  // namespace itzones
