#include "itzones/regions.hpp"

#include <fmt/format.h>

#include <map>

namespace itzones {

bool RegionIdentity::exists_in(int year) const {
  return (!first_year || *first_year <= year) && (!last_year || year <= *last_year);
}

const RegionIdentity* RegionRegistry::find(std::string_view code) const {
  for (const RegionIdentity& r : m_regions) {
    if (r.id == code) return &r;
    for (const std::string& c : r.codes) {
      if (c == code) return &r;
    }
  }
  return nullptr;
}

std::vector<const RegionIdentity*> RegionRegistry::parts_of(std::string_view id) const {
  std::vector<const RegionIdentity*> out;
  for (const RegionIdentity& r : m_regions) {
    if (r.split_from == id) out.push_back(&r);
  }
  return out;
}

bool RegionRegistry::dissolved(const RegionIdentity& region) const {
  return region.last_year.has_value() && !parts_of(region.id).empty();
}

std::string describe_region(const RegionIdentity& region) {
  return region.names.en.empty() ? region.id : fmt::format("{} ({})", region.id, region.names.en);
}

Result<RegionRegistry> make_registry(std::vector<RegionIdentity> regions) {
  std::map<std::string, std::string> owner;  // code -> identity naming it
  for (const RegionIdentity& r : regions) {
    if (r.id.empty()) return fail("a region without an id");
    std::vector<std::string> names = r.codes;
    names.push_back(r.id);
    for (const std::string& code : names) {
      if (code.empty()) continue;
      const auto [it, added] = owner.emplace(code, r.id);
      if (!added && it->second != r.id) {
        return fail(fmt::format("code \"{}\" names both \"{}\" and \"{}\"", code, it->second, r.id));
      }
    }
    if (r.first_year && r.last_year && *r.first_year > *r.last_year) {
      return fail(fmt::format("region \"{}\" ends in {} before it begins in {}", r.id, *r.last_year,
                              *r.first_year));
    }
  }
  RegionRegistry registry;
  registry.m_regions = std::move(regions);
  for (const RegionIdentity& r : registry.m_regions) {
    if (r.split_from.empty()) continue;
    const RegionIdentity* parent = registry.find(r.split_from);
    if (parent == nullptr || parent->id != r.split_from) {
      return fail(fmt::format("region \"{}\" is split from \"{}\", which is not a region id of the table",
                              r.id, r.split_from));
    }
    if (parent == &r) return fail(fmt::format("region \"{}\" is split from itself", r.id));
    if (!r.first_year) {
      return fail(fmt::format("region \"{}\" is split from \"{}\" but has no first year", r.id, r.split_from));
    }
    if (parent->last_year && *parent->last_year + 1 < *r.first_year) {
      return fail(fmt::format("region \"{}\" is split from \"{}\" in {}, after \"{}\" ceased in {}", r.id,
                              r.split_from, *r.first_year, r.split_from, *parent->last_year));
    }
  }
  return registry;
}

}  // namespace itzones
