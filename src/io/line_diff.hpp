#pragma once
// A line diff (Myers' O(ND) algorithm) rendered as a unified diff, for `run --check`.

#include <cstddef>
#include <string>
#include <string_view>

namespace itzones::io {

// The unified diff turning `before` into `after`, headed `--- before_label` / `+++ after_label`,
// with `context` unchanged lines around each change and `\ No newline at end of file` where a
// text does not end in LF. Empty when the texts are equal. Minimal except for very different
// texts (more than 4000 changed lines), which are shown as one replacement.
std::string unified_diff(std::string_view before, std::string_view after,
                         const std::string& before_label, const std::string& after_label,
                         std::size_t context = 3);

// `diff` (unified_diff()'s output) with ANSI colours for a terminal, as git shows one: the
// `---`/`+++` headers bold, `@@` ranges cyan, removed lines red, added lines green.
std::string coloured_diff(std::string_view diff);

}  // namespace itzones::io
