#include "check.hpp"

#include <algorithm>
#include <set>

#include "line_diff.hpp"

namespace itzones::io {
namespace fs = std::filesystem;

namespace {

// Files of `dir` named like outputs (an extension among `extensions`, no leading '.') that
// are neither generated nor inputs, sorted by name.
Result<std::vector<std::string>> leftover_files(const fs::path& dir, const std::vector<OutputFile>& files,
                                                const std::vector<fs::path>& inputs) {
  std::set<std::string> generated;
  std::set<std::string> extensions;
  for (const auto& file : files) {
    generated.insert(file.first);
    extensions.insert(fs::path(file.first).extension().string());
  }
  std::vector<std::string> extra;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file(ec) || name.starts_with('.') || generated.contains(name) ||
        !extensions.contains(entry.path().extension().string())) {
      continue;
    }
    const bool is_input = std::ranges::any_of(inputs, [&](const fs::path& input) {
      std::error_code same_ec;
      return fs::equivalent(entry.path(), input, same_ec);
    });
    if (!is_input) extra.push_back(name);
  }
  if (ec) return fail(Diagnostic{dir.string(), 0, {}, "cannot list: " + ec.message()});
  std::ranges::sort(extra);
  return extra;
}

}  // namespace

Result<CheckResult> check_outputs(const fs::path& dir, const std::vector<OutputFile>& files,
                                  const std::vector<fs::path>& inputs) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return fail(Diagnostic{dir.string(), 0, {}, "cannot check: not a folder"});
  }
  CheckResult result;
  for (const auto& [name, generated] : files) {
    const fs::path path = dir / name;
    if (!fs::exists(path, ec)) {
      result.missing.push_back(name);
      result.diff += unified_diff("", generated, "/dev/null", path.string() + "\t(regenerated)");
      continue;
    }
    auto on_disk = read_file(path);
    if (!on_disk) return fail(on_disk.error());
    if (*on_disk == generated) continue;
    result.differing.push_back(name);
    result.diff += unified_diff(*on_disk, generated, path.string() + "\t(on disk)",
                                path.string() + "\t(regenerated)");
  }
  auto extra = leftover_files(dir, files, inputs);
  if (!extra) return fail(extra.error());
  for (const std::string& name : *extra) {
    const fs::path path = dir / name;
    auto on_disk = read_file(path);
    if (!on_disk) return fail(on_disk.error());
    result.extra.push_back(name);
    result.diff += unified_diff(*on_disk, "", path.string() + "\t(on disk)", "/dev/null");
  }
  return result;
}

}  // namespace itzones::io
