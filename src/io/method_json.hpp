#pragma once
// Reading method.json (schema in docs/method.md).

#include <filesystem>
#include <string>
#include <string_view>

#include "itzones/method.hpp"

namespace itzones::io {

// Parses a method and checks it with hierarchy(). Errors name the file and either the
// line:column of a JSON syntax error or the JSON path of a wrong value, e.g.
// `m.json: at /indicators/2/direction: expected "higher" or "lower"`; unknown keys are errors.
Result<Method> parse_method(std::string_view text, const std::string& display_name);

// Reads and parses the method file at `path`.
Result<Method> load_method(const std::filesystem::path& path);

// A normalisation as the command line writes it (the inverse of describe()): an id, and for
// min_max (default 0:100) and goalposts (required) ":lower:upper", e.g. "min_max:1:100".
// Errors: `unknown normalisation "x"; expected one of ...`, `expected <id>:<lower>:<upper>, got "x"`.
Result<Normalisation> parse_normalisation(std::string_view spec);

// An aggregation for every level ("geometric"), or one per level separated by "/" from the
// groups next to the indicators up to the index ("arithmetic/geometric").
// Error: `unknown aggregation "x"; expected arithmetic, geometric or harmonic`.
Result<std::vector<Aggregation>> parse_aggregation(std::string_view spec);

}  // namespace itzones::io
