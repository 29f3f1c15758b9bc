#pragma once
// Stage 2 over a long panel of many periods (issue #7): region x industry x period cells kept
// sparse under interned names, so memory follows the distinct cells, not the size of the file.
// Reading is in parts (one PanelChunk per part of a file, filled in file order), merged into a
// Panel that does not depend on how the file was split.

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "itzones/diagnostic.hpp"
#include "itzones/industry.hpp"
#include "itzones/name_table.hpp"

namespace itzones {

// What to do with two rows of one (region, industry, period).
enum class DuplicatePolicy {
  error,  // stop
  sum,    // add the values in file order; a missing value makes the sum missing
};

// The duplicate policy's name as the CLI spells it ("error", "sum"), and back.
std::optional<DuplicatePolicy> parse_duplicate_policy(std::string_view name);

// One region's cells in one period, sorted by column; an absent column is 0.
struct PanelRow {
  std::uint32_t region = 0;            // index into Panel::regions
  std::vector<std::uint32_t> columns;  // index into PanelPeriod::industries, ascending
  std::vector<double> values;          // >= 0, one per column
};

// One period: the industries with at least one row in it, and its regions' rows.
struct PanelPeriod {
  std::string period;
  std::vector<std::uint32_t> industries;  // index into Panel::industries, ascending
  std::vector<PanelRow> rows;             // ascending region
  // Cells whose value was explicitly missing (held as 0 in `rows`): (row, column), ascending.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> missing;
};

// Every period of a panel. Regions and industries are sorted by name (bytewise), periods
// by length and then bytewise (so years sort numerically).
struct Panel {
  std::vector<std::string> regions;
  std::vector<std::string> industries;
  std::vector<PanelPeriod> periods;
  std::vector<std::string> notes;  // what the missing-value policy did, in words
};

// The cells of one part of a file, as read, in file order.
class PanelChunk {
 public:
  // Adds the cell of one row. `value` must be >= 0; nullopt = explicitly missing.
  void add(std::string_view region, std::string_view industry, std::string_view period,
           std::optional<double> value);

  // Rows added so far.
  std::size_t size() const { return m_cells; }

 private:
  struct Row {
    std::uint32_t period = 0;
    std::uint32_t region = 0;
    std::vector<std::uint32_t> industries;  // chunk ids, file order
    std::vector<double> values;
  };
  Row& row(std::uint32_t period, std::uint32_t region);

  friend class PanelMerge;
  NameTable m_regions;
  NameTable m_industries;
  NameTable m_periods;
  std::vector<Row> m_rows;
  static constexpr std::uint32_t k_no_row = UINT32_MAX;
  std::unordered_map<std::uint64_t, std::uint32_t> m_row_index;  // period << 32 | region -> row
  std::vector<std::uint32_t> m_last_row_of_period;  // the row of each period added to last
  std::uint32_t m_current = 0;                      // the row added to last
  std::size_t m_row_hint = 0;  // expected cells per row, from the last completed row
  std::size_t m_cells = 0;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> m_missing;  // (row, chunk industry id)
};

// The key of a cell, by name.
struct PanelKey {
  std::string region;
  std::string industry;
  std::string period;
};

// Merges the chunks of one file (in file order) into a panel, using up to `threads` threads.
// The result is the same for any split of the rows into chunks and any number of threads.
// Error (policy `error`): a key that occurs twice; of several, the first in (period, region,
// industry) order.
std::expected<Panel, PanelKey> merge_chunks(std::vector<PanelChunk> chunks, DuplicatePolicy policy,
                                            unsigned threads);

// Applies `policy` to the explicitly missing cells: `zero` keeps them as 0, `drop-region` and
// `drop-industry` leave out, in that period, each region or industry with a missing cell, and
// say so in `notes`. Errors: (policy `error`) the first missing cell in (period, region,
// industry) order, `missing value for region "r", industry "k" in p; choose a missing-value
// policy: zero, drop-region or drop-industry`; a period left without regions or industries.
Result<void> apply_missing_policy(Panel& panel, MissingPolicy policy);

// The dense region x industry matrix of one period (absent cells 0), in the panel's order.
IndustryMatrix to_matrix(const Panel& panel, std::size_t period);

}  // namespace itzones
