#include "itzones/name_table.hpp"

namespace itzones {
namespace {

// FNV-1a: names are short, so a simple byte hash is as fast as any.
std::uint64_t hash_of(std::string_view s) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// a == b, inline: names are short, so a call to memcmp costs more than the comparison.
bool same(const std::string& a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < b.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

}  // namespace

std::uint32_t NameTable::intern(std::string_view name) {
  const auto count = static_cast<std::uint32_t>(m_names.size());
  if (m_last < count && same(m_names[m_last], name)) return m_last;
  if (m_last + 1 < count && same(m_names[m_last + 1], name)) return ++m_last;
  if (2 * (count + 1) > m_slots.size()) grow();
  const std::uint64_t h = hash_of(name);
  const std::size_t mask = m_slots.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const std::uint32_t slot = m_slots[i];
    if (slot == 0) {
      m_slots[i] = count + 1;
      m_names.emplace_back(name);
      m_hashes.push_back(h);
      return m_last = count;
    }
    if (m_hashes[slot - 1] == h && same(m_names[slot - 1], name)) return m_last = slot - 1;
  }
}

void NameTable::grow() {
  m_slots.assign(m_slots.empty() ? 64 : 2 * m_slots.size(), 0);
  const std::size_t mask = m_slots.size() - 1;
  for (std::uint32_t id = 0; id < m_names.size(); ++id) {
    std::size_t i = m_hashes[id] & mask;
    while (m_slots[i] != 0) i = (i + 1) & mask;
    m_slots[i] = id + 1;
  }
}

}  // namespace itzones
