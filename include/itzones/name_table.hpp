#pragma once
// Interning names: each distinct name gets a small integer id, in order of first appearance.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace itzones {

class NameTable {
 public:
  // The id of `name` (0, 1, 2, ... in order of first appearance), adding it when new. Amortised
  // O(length of name); a name equal to the previous one or to the name after it is found
  // without hashing, which is the common case in sorted files.
  std::uint32_t intern(std::string_view name);

  // Every name, by id.
  const std::vector<std::string>& names() const { return m_names; }

 private:
  void grow();

  std::vector<std::string> m_names;
  std::vector<std::uint64_t> m_hashes;  // of each name, by id
  std::vector<std::uint32_t> m_slots;   // open addressing: id + 1, 0 = free; a power of 2 long
  std::uint32_t m_last = 0;             // the id interned last
};

}  // namespace itzones
