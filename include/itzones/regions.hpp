#pragma once
// Regions over time: one stable identity per region, the codes that name it in different
// sources, the years it existed, and the region it was split from (docs/data.md, "Regions over
// time"). Pure data; the loader is src/io/region_registry_csv.hpp.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "itzones/diagnostic.hpp"

namespace itzones {

struct RegionNames {
  std::string ru;
  std::string kk;  // empty when not known
  std::string en;
};

struct RegionIdentity {
  std::string id;                  // the stable identity, e.g. "KZ-AKM"
  std::vector<std::string> codes;  // every other id naming it: ISO 3166-2, KATO, BNS code
  RegionNames names;
  std::optional<int> first_year;  // first year it existed; nullopt = before any data
  std::optional<int> last_year;   // last year it existed; nullopt = still exists
  std::string split_from;         // the identity it was split from; "" = none

  // Whether the region existed in `year`.
  bool exists_in(int year) const;
};

// A checked set of identities. Build it with make_registry().
class RegionRegistry {
 public:
  // The identity named by `code` (its id or any of its codes), or nullptr.
  const RegionIdentity* find(std::string_view code) const;
  // The identities split from `id`, in registry order.
  std::vector<const RegionIdentity*> parts_of(std::string_view id) const;
  // Whether `id` ceased to exist when its parts were split off (it has parts and a last year).
  bool dissolved(const RegionIdentity& region) const;
  const std::vector<RegionIdentity>& regions() const { return m_regions; }

 private:
  friend Result<RegionRegistry> make_registry(std::vector<RegionIdentity> regions);
  std::vector<RegionIdentity> m_regions;
};

// Checks and wraps `regions`. Errors (unlocated, naming the region): an empty id; a code that
// names two identities; a `split_from` that is not in the table or names the region itself;
// a part without a first year; a part whose parent had ceased before the part was created;
// a first year after the last year.
Result<RegionRegistry> make_registry(std::vector<RegionIdentity> regions);

// "KZ-61 (Turkistan)": the id with the English name, for messages.
std::string describe_region(const RegionIdentity& region);

}  // namespace itzones
