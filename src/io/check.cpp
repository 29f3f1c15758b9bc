#include "check.hpp"

#include "line_diff.hpp"

namespace itzones::io {
namespace fs = std::filesystem;

Result<CheckResult> check_outputs(const fs::path& dir, const std::vector<OutputFile>& files) {
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
  return result;
}

}  // namespace itzones::io
