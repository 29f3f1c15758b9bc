#include "itzones/panel.hpp"

#include <algorithm>
#include <numeric>

#include "itzones/parallel.hpp"

namespace itzones {
namespace {

// Every name of every table, sorted by `less` and without repeats, and for each table the
// index of each of its names in that list.
template <class Less>
std::pair<std::vector<std::string>, std::vector<std::vector<std::uint32_t>>> unite(
    const std::vector<const NameTable*>& tables, Less less) {
  std::vector<std::string> all;
  for (const NameTable* t : tables) all.insert(all.end(), t->names().begin(), t->names().end());
  std::sort(all.begin(), all.end(), less);
  all.erase(std::unique(all.begin(), all.end()), all.end());
  std::vector<std::vector<std::uint32_t>> ids;
  for (const NameTable* t : tables) {
    std::vector<std::uint32_t>& local = ids.emplace_back();
    for (const std::string& name : t->names()) {
      local.push_back(static_cast<std::uint32_t>(
          std::lower_bound(all.begin(), all.end(), name, less) - all.begin()));
    }
  }
  return {std::move(all), std::move(ids)};
}

bool shorter_first(const std::string& a, const std::string& b) {
  return a.size() != b.size() ? a.size() < b.size() : a < b;
}

}  // namespace

// Builds the periods of a panel from the chunks' rows; period() may run concurrently for
// different periods, as each consumes only its own rows.
class PanelMerge {
 public:
  explicit PanelMerge(std::vector<PanelChunk>& chunks) : m_chunks(chunks) {
    std::vector<const NameTable*> regions, industries, periods;
    for (const PanelChunk& c : chunks) {
      regions.push_back(&c.m_regions);
      industries.push_back(&c.m_industries);
      periods.push_back(&c.m_periods);
    }
    std::tie(m_panel.regions, m_region_ids) = unite(regions, std::less<>());
    std::tie(m_panel.industries, m_industry_ids) = unite(industries, std::less<>());
    std::vector<std::vector<std::uint32_t>> period_ids;
    std::tie(m_periods, period_ids) = unite(periods, shorter_first);
    m_refs.resize(m_periods.size());
    for (std::uint32_t c = 0; c < chunks.size(); ++c) {
      std::sort(chunks[c].m_missing.begin(), chunks[c].m_missing.end());
      for (std::uint32_t i = 0; i < chunks[c].m_rows.size(); ++i) {
        const PanelChunk::Row& row = chunks[c].m_rows[i];
        m_refs[period_ids[c][row.period]].push_back(RowRef{m_region_ids[c][row.region], c, i});
      }
    }
    for (std::vector<RowRef>& refs : m_refs) {
      std::sort(refs.begin(), refs.end(), [](const RowRef& a, const RowRef& b) {
        return a.region != b.region ? a.region < b.region : a.chunk < b.chunk;
      });
    }
  }

  std::size_t period_count() const { return m_periods.size(); }

  // The panel's names, without periods.
  Panel names() const { return m_panel; }

  std::expected<PanelPeriod, PanelKey> period(std::size_t p, DuplicatePolicy policy) {
    PanelPeriod out{m_periods[p], {}, {}, {}};
    const std::vector<RowRef>& refs = m_refs[p];
    // The period's industries, and each chunk's industry ids as columns of this period.
    std::vector<char> present(m_panel.industries.size(), 0);
    for (const RowRef& ref : refs) {
      for (const std::uint32_t k : source(ref).industries)
        present[m_industry_ids[ref.chunk][k]] = 1;
    }
    std::vector<std::uint32_t> column(present.size(), 0);
    for (std::uint32_t g = 0; g < present.size(); ++g) {
      if (!present[g]) continue;
      column[g] = static_cast<std::uint32_t>(out.industries.size());
      out.industries.push_back(g);
    }
    std::vector<std::vector<std::uint32_t>> columns_of(m_chunks.size());
    for (std::size_t c = 0; c < m_chunks.size(); ++c) {
      for (const std::uint32_t g : m_industry_ids[c]) columns_of[c].push_back(column[g]);
    }
    for (std::size_t first = 0, last = 0; first < refs.size(); first = last) {
      while (last < refs.size() && refs[last].region == refs[first].region) ++last;
      PanelRow row{refs[first].region, {}, {}};
      std::vector<std::uint32_t> missing;
      for (std::size_t i = first; i < last; ++i) {
        PanelChunk::Row& from = source(refs[i]);
        const std::vector<std::uint32_t>& to_column = columns_of[refs[i].chunk];
        for (std::uint32_t& k : from.industries) k = to_column[k];
        if (first + 1 == last) {
          row.columns = std::move(from.industries);
          row.values = std::move(from.values);
        } else {
          row.columns.insert(row.columns.end(), from.industries.begin(), from.industries.end());
          row.values.insert(row.values.end(), from.values.begin(), from.values.end());
          from = PanelChunk::Row{};
        }
        const auto& chunk_missing = m_chunks[refs[i].chunk].m_missing;
        auto m = std::lower_bound(chunk_missing.begin(), chunk_missing.end(),
                                  std::pair{refs[i].row, 0u});
        for (; m != chunk_missing.end() && m->first == refs[i].row; ++m)
          missing.push_back(to_column[m->second]);
      }
      if (auto duplicate = sort_row(row, policy)) {
        return std::unexpected(PanelKey{m_panel.regions[row.region],
                                        m_panel.industries[out.industries[*duplicate]],
                                        out.period});
      }
      std::sort(missing.begin(), missing.end());
      missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
      for (const std::uint32_t k : missing)
        out.missing.emplace_back(static_cast<std::uint32_t>(out.rows.size()), k);
      out.rows.push_back(std::move(row));
    }
    return out;
  }

 private:
  struct RowRef {
    std::uint32_t region;  // panel index
    std::uint32_t chunk;
    std::uint32_t row;  // in the chunk
  };

  PanelChunk::Row& source(const RowRef& ref) { return m_chunks[ref.chunk].m_rows[ref.row]; }

  // Sorts the cells of `row` by column, keeping file order among equal columns, and merges
  // equal columns by `policy`; returns the first repeated column under policy `error`.
  static std::optional<std::uint32_t> sort_row(PanelRow& row, DuplicatePolicy policy) {
    std::vector<std::uint32_t>& cols = row.columns;
    std::vector<double>& vals = row.values;
    if (std::adjacent_find(cols.begin(), cols.end(), std::greater_equal<>()) == cols.end())
      return std::nullopt;
    std::vector<std::uint32_t> order(cols.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return cols[a] < cols[b]; });
    std::vector<std::uint32_t> sorted_cols;
    std::vector<double> sorted_vals;
    sorted_cols.reserve(cols.size());
    sorted_vals.reserve(cols.size());
    for (const std::uint32_t i : order) {
      if (!sorted_cols.empty() && sorted_cols.back() == cols[i]) {
        if (policy == DuplicatePolicy::error) return cols[i];
        sorted_vals.back() += vals[i];
        continue;
      }
      sorted_cols.push_back(cols[i]);
      sorted_vals.push_back(vals[i]);
    }
    cols = std::move(sorted_cols);
    vals = std::move(sorted_vals);
    return std::nullopt;
  }

  std::vector<PanelChunk>& m_chunks;
  Panel m_panel;
  std::vector<std::string> m_periods;
  std::vector<std::vector<std::uint32_t>> m_region_ids;    // per chunk: chunk id -> panel index
  std::vector<std::vector<std::uint32_t>> m_industry_ids;  // per chunk: chunk id -> panel index
  std::vector<std::vector<RowRef>> m_refs;                 // per period, by (region, chunk)
};

std::expected<Panel, PanelKey> merge_chunks(std::vector<PanelChunk> chunks, DuplicatePolicy policy,
                                            unsigned threads) {
  PanelMerge merge(chunks);
  Panel panel = merge.names();
  std::vector<std::expected<PanelPeriod, PanelKey>> periods(merge.period_count());
  parallel_for(periods.size(), threads,
               [&](std::size_t p) { periods[p] = merge.period(p, policy); });
  for (auto& p : periods) {
    if (!p) return std::unexpected(std::move(p.error()));
    panel.periods.push_back(std::move(*p));
  }
  return panel;
}

}  // namespace itzones
