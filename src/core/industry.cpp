#include "itzones/industry.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <array>
#include <utility>

namespace itzones {
namespace {

constexpr std::array<std::pair<MissingPolicy, const char*>, 4> k_policies = {{
    {MissingPolicy::error, "error"},
    {MissingPolicy::zero, "zero"},
    {MissingPolicy::drop_region, "drop-region"},
    {MissingPolicy::drop_industry, "drop-industry"},
}};

const std::string& column_of(const IndustryTable& t, std::size_t k) {
  return t.value_column.empty() ? t.industries[k] : t.value_column;
}

// The first missing cell in file order (absent combinations, which have no line, last).
std::pair<std::size_t, std::size_t> first_missing(const IndustryTable& t) {
  std::pair<std::size_t, std::size_t> best{t.regions.size(), 0};
  std::size_t best_line = 0;
  for (std::size_t r = 0; r < t.regions.size(); ++r) {
    for (std::size_t k = 0; k < t.industries.size(); ++k) {
      const Cell& c = t.cells[r][k];
      if (c.value) continue;
      const bool earlier = best.first == t.regions.size() ||
                           (c.where.line != 0 && (best_line == 0 || c.where.line < best_line));
      if (earlier) {
        best = {r, k};
        best_line = c.where.line;
      }
    }
  }
  return best;
}

Diagnostic missing_error(const IndustryTable& t, std::size_t r, std::size_t k) {
  const Cell& c = t.cells[r][k];
  const std::string what = fmt::format("region \"{}\", industry \"{}\"{}", t.regions[r].id,
                                       t.industries[k], in_period(t.period));
  const std::string hint = "; choose a missing-value policy: zero, drop-region or drop-industry";
  if (c.where.line == 0) return Diagnostic{t.source, 0, {}, fmt::format("no value for {}{}", what, hint)};
  return Diagnostic{c.where.file, c.where.line, column_of(t, k),
                    fmt::format("missing value for {}{}", what, hint)};
}

}  // namespace

std::string policy_name(MissingPolicy policy) {
  for (const auto& [p, name] : k_policies) {
    if (p == policy) return name;
  }
  return "";
}

std::string name_list(const std::vector<std::string>& names) {
  constexpr std::size_t k_shown = 10;
  if (names.size() <= k_shown) return fmt::format("{}", fmt::join(names, ", "));
  return fmt::format("{} and {} more", fmt::join(names.begin(), names.begin() + k_shown, ", "),
                     names.size() - k_shown);
}

std::string counted(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::optional<MissingPolicy> parse_policy(const std::string& name) {
  for (const auto& [p, n] : k_policies) {
    if (name == n) return p;
  }
  return std::nullopt;
}

Result<IndustryMatrix> complete(const IndustryTable& t, MissingPolicy policy) {
  std::vector<bool> keep_region(t.regions.size(), true);
  std::vector<bool> keep_industry(t.industries.size(), true);
  std::vector<std::string> zeroed;
  for (std::size_t r = 0; r < t.regions.size(); ++r) {
    for (std::size_t k = 0; k < t.industries.size(); ++k) {
      const Cell& c = t.cells[r][k];
      if (c.value && *c.value < 0) {
        return fail(Diagnostic{c.where.file, c.where.line, column_of(t, k),
                               fmt::format("expected a non-negative value, got {}", *c.value)});
      }
      if (c.value) continue;
      if (policy == MissingPolicy::error) {
        const auto [fr, fk] = first_missing(t);
        return fail(missing_error(t, fr, fk));
      }
      if (policy == MissingPolicy::zero) zeroed.push_back(t.regions[r].id + "/" + t.industries[k]);
      if (policy == MissingPolicy::drop_region) keep_region[r] = false;
      if (policy == MissingPolicy::drop_industry) keep_industry[k] = false;
    }
  }
  IndustryMatrix m{t.period, t.coverage, {}, {}, {}, t.notes};
  std::vector<std::string> dropped_regions;
  std::vector<std::string> dropped_industries;
  for (std::size_t k = 0; k < t.industries.size(); ++k) {
    if (keep_industry[k]) m.industries.push_back(t.industries[k]);
    else dropped_industries.push_back(t.industries[k]);
  }
  for (std::size_t r = 0; r < t.regions.size(); ++r) {
    if (!keep_region[r]) {
      dropped_regions.push_back(t.regions[r].id);
      continue;
    }
    m.regions.push_back(t.regions[r]);
    std::vector<double>& row = m.values.emplace_back();
    for (std::size_t k = 0; k < t.industries.size(); ++k) {
      if (keep_industry[k]) row.push_back(t.cells[r][k].value.value_or(0.0));
    }
  }
  if (!zeroed.empty()) {
    m.notes.push_back(fmt::format("{} read as 0 (missing-value policy \"zero\"): {}", counted(zeroed.size(), "missing cell", "missing cells"),
                                  name_list(zeroed)));
  }
  if (!dropped_regions.empty()) {
    m.notes.push_back(fmt::format("{} with missing cells left out (policy \"drop-region\"): {}",
                                  counted(dropped_regions.size(), "region", "regions"), name_list(dropped_regions)));
  }
  if (!dropped_industries.empty()) {
    m.notes.push_back(fmt::format("{} with missing cells left out (policy \"drop-industry\"): {}",
                                  counted(dropped_industries.size(), "industry", "industries"), name_list(dropped_industries)));
  }
  const std::string where = in_period(t.period);
  if (m.regions.empty() || m.industries.empty()) {
    return fail(Diagnostic{t.source, 0, {},
                           fmt::format("no {} left{} after the missing-value policy \"{}\"",
                                       m.regions.empty() ? "region" : "industry", where,
                                       policy_name(policy))});
  }
  return m;
}

}  // namespace itzones
