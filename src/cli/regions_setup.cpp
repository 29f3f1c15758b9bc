#include "regions_setup.hpp"

#include <fmt/format.h>

#include <charconv>

#include "commands.hpp"
#include "region_registry_csv.hpp"

namespace itzones::cli {
namespace {

Result<std::optional<int>> boundary_year(const Study& study, const std::string& option) {
  if (option.empty()) return study.boundaries;
  if (option == "none") return std::optional<int>();
  int year = 0;
  const char* end = option.data() + option.size();
  const auto [last, ec] = std::from_chars(option.data(), end, year);
  if (option.size() != 4 || ec != std::errc() || last != end) {
    return fail(fmt::format("--boundaries: expected a year such as 2014 or \"none\", got \"{}\"", option));
  }
  return std::optional<int>(year);
}

}  // namespace

Result<RegionSetup> region_setup(const Study& study, const std::string& option) {
  auto year = boundary_year(study, option);
  if (!year) return fail(year.error());
  RegionSetup setup{std::nullopt, study.regions, *year};
  if (setup.path.empty()) setup.path = bundled_data_file("regions/kz_regions.csv").value_or("");
  if (setup.path.empty()) {
    if (!setup.year) return setup;
    return fail("boundaries need a region table: name one with \"regions\" in the study");
  }
  auto registry = io::load_region_registry(setup.path);
  if (!registry) return fail(registry.error());
  setup.registry = std::move(*registry);
  return setup;
}

Result<std::vector<BoundaryMapping>> fit_periods(const RegionSetup& setup, const Method& method,
                                                 std::vector<PeriodInput>& periods) {
  std::vector<BoundaryMapping> mappings;
  if (!setup.registry) return mappings;
  if (setup.year) {
    std::set<std::string> additive;
    for (const Indicator& ind : method.indicators) {
      additive.insert(ind.numerator);
      if (ind.denominator) additive.insert(*ind.denominator);
    }
    for (PeriodInput& p : periods) {
      auto mapping = map_to_boundaries(*setup.registry, p.period, p.table.regions, *setup.year);
      if (!mapping) return fail(mapping.error());
      p.table = apply_mapping(p.table, *mapping, additive);
      mappings.push_back(std::move(*mapping));
    }
    return mappings;
  }
  std::vector<PeriodRegions> ends;
  for (const PeriodInput& p : periods) {
    if (auto ok = check_no_double_counting(*setup.registry, p.period, p.table.regions); !ok) return fail(ok.error());
    if (&p != &periods.front() && &p != &periods.back()) continue;
    PeriodRegions& r = ends.emplace_back(PeriodRegions{p.period, {}});
    for (const Region& region : p.table.regions) r.ids.push_back(region.id);
  }
  if (auto ok = check_same_regions(&*setup.registry, ends, Comparison::rating); !ok) return fail(ok.error());
  return mappings;
}

Result<std::vector<BoundaryMapping>> fit_matrices(const RegionSetup& setup, std::vector<IndustryMatrix>& matrices) {
  std::vector<BoundaryMapping> mappings;
  if (!setup.registry) return mappings;
  for (IndustryMatrix& m : matrices) {
    if (!setup.year) {
      if (auto ok = check_no_double_counting(*setup.registry, m.period, m.regions); !ok) return fail(ok.error());
      continue;
    }
    auto mapping = map_to_boundaries(*setup.registry, m.period, m.regions, *setup.year);
    if (!mapping) return fail(mapping.error());
    m = apply_mapping(m, *mapping);
    mappings.push_back(std::move(*mapping));
  }
  return mappings;
}

void note_merges(Context& ctx, const RegionSetup& setup, const std::vector<BoundaryMapping>& mappings) {
  if (!setup.registry || !setup.year) return;
  for (const std::string& merge : describe_merges(*setup.registry, mappings)) {
    print_note(ctx, fmt::format("on the boundaries of {}: {}", *setup.year, merge));
  }
}

}  // namespace itzones::cli
