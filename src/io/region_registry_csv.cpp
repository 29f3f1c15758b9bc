#include "region_registry_csv.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

#include "files.hpp"

namespace itzones::io {
namespace {

const std::array<const char*, 6> k_required = {"region_id", "name_ru", "name_en", "first_year", "last_year", "split_from"};
const std::array<const char*, 4> k_codes = {"iso_3166_2_2014", "iso_3166_2", "kato", "bns_code"};

std::optional<std::size_t> index_of(const std::vector<std::string>& names, std::string_view name) {
  const auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) return std::nullopt;
  return static_cast<std::size_t>(it - names.begin());
}

// An empty cell is an open end; anything else must be a whole year.
Result<std::optional<int>> parse_year(const std::string& text) {
  if (text.empty()) return std::optional<int>();
  int year = 0;
  const char* end = text.data() + text.size();
  const auto [last, ec] = std::from_chars(text.data(), end, year);
  if (ec != std::errc() || last != end) return fail(fmt::format("expected a year or nothing, got \"{}\"", text));
  return std::optional<int>(year);
}

}  // namespace

Result<RegionRegistry> parse_region_registry(std::string_view text, const std::string& display_name,
                                             const CsvDialect& dialect) {
  std::vector<RegionIdentity> regions;
  const auto on_line = [&](const CsvHeader& header, std::size_t line, std::vector<std::string>& fields) -> Result<void> {
    const auto field = [&](const char* name) -> std::string {
      const auto c = index_of(header.names, name);
      return c ? fields[*c] : std::string();
    };
    for (const char* name : k_required) {
      if (!index_of(header.names, name)) return fail(Diagnostic{display_name, header.line, name, "no such column"});
    }
    RegionIdentity r;
    r.id = field("region_id");
    for (const char* name : k_codes) {
      const std::string code = field(name);
      if (!code.empty() && code != r.id) r.codes.push_back(code);
    }
    r.names = RegionNames{field("name_ru"), field("name_kk"), field("name_en")};
    auto first = parse_year(field("first_year"));
    if (!first) return fail(Diagnostic{display_name, line, "first_year", first.error().message});
    auto last = parse_year(field("last_year"));
    if (!last) return fail(Diagnostic{display_name, line, "last_year", last.error().message});
    r.first_year = *first;
    r.last_year = *last;
    r.split_from = field("split_from");
    regions.push_back(std::move(r));
    return {};
  };
  auto header = read_csv(text, display_name, dialect, on_line);
  if (!header) return fail(header.error());
  if (regions.empty()) return fail(Diagnostic{display_name, 0, {}, "no data rows after the header"});
  auto registry = make_registry(std::move(regions));
  if (!registry) return fail(Diagnostic{display_name, 0, {}, registry.error().message});
  return registry;
}

Result<RegionRegistry> load_region_registry(const std::string& path) {
  auto text = read_file(path);
  if (!text) return fail(text.error());
  return parse_region_registry(*text, path);
}

}  // namespace itzones::io
