#include "panel_csv.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "csv_lines.hpp"
#include "itzones/parallel.hpp"
#include "itzones/plain_number.hpp"
#include "number_cells.hpp"
#include "panel_lines.hpp"

namespace itzones::io {
namespace {

Result<PanelLayout> find_layout(const PanelHeader& header, const std::string& file,
                                const PanelCsvOptions& options) {
  const auto index_of = [&](std::string_view name) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < header.names.size(); ++i) {
      if (header.names[i] == name) return i;
    }
    return std::nullopt;
  };
  const auto required = [&](const std::string& name) -> Result<std::size_t> {
    if (const auto c = index_of(name)) return *c;
    return fail(Diagnostic{file,
                           header.line,
                           {},
                           fmt::format("no \"{}\" column in the header (read with separator {})",
                                       name, separator_name(header.separator))});
  };
  PanelLayout layout;
  layout.fields = header.names.size();
  layout.period = options.period;
  const std::string region = !options.region_column.empty() ? options.region_column
                             : index_of("region_id")        ? "region_id"
                                                            : "region";
  auto r = required(region);
  if (!r) return fail(r.error());
  auto k = required(options.industry_column);
  if (!k) return fail(k.error());
  auto v = required(options.value_column);
  if (!v) return fail(v.error());
  layout.region = *r;
  layout.industry = *k;
  layout.value = *v;
  if (!options.year_column.empty()) {
    auto y = required(options.year_column);
    if (!y) return fail(y.error());
    layout.year = *y;
  } else {
    layout.year = index_of("year");
  }
  return layout;
}

// The first cells of a part of a file that say something about its decimal mark: under
// DecimalMark::either "1,234" is read as decimals only if other cells settle the mark
// (NumberCells); a part keeps its first cell of each kind, and they are noted in file order.
struct MarkEvidence {
  struct Seen {
    ParsedNumber parsed;
    std::string text;
    std::size_t line = 0;  // within the part
  };
  std::array<std::optional<Seen>, 4> first;  // by (ambiguous, mark is '.')

  void note(const ParsedNumber& parsed, std::string_view text, std::size_t line) {
    if (parsed.mark == 0) return;
    auto& slot = first[(parsed.ambiguous ? 2 : 0) + (parsed.mark == '.' ? 1 : 0)];
    if (!slot) slot = Seen{parsed, std::string(text), line};
  }
};

// Parses each row's value and adds the row to a chunk.
class ChunkFiller {
 public:
  ChunkFiller(PanelChunk& chunk, MarkEvidence& evidence, const std::string& file,
              const std::vector<std::string>& names, const PanelLayout& layout,
              const PanelCsvOptions& options)
      : m_chunk(chunk),
        m_evidence(evidence),
        m_file(file),
        m_names(names),
        m_layout(layout),
        m_options(options),
        m_plain(plain_tokens_free(options.table.conventions)) {}

  Result<void> operator()(std::size_t line, const PanelFields& f) {
    const auto empty = [&](std::size_t field) {
      return fail(Diagnostic{m_file, line, m_names[field], "empty " + m_names[field]});
    };
    if (f.region.empty()) return empty(m_layout.region);
    if (f.industry.empty()) return empty(m_layout.industry);
    if (m_layout.year && f.period.empty()) return empty(*m_layout.year);
    const DecimalMark mark = m_options.table.decimal;
    std::optional<ParsedNumber> parsed = m_plain ? parse_plain_number(f.value, mark) : std::nullopt;
    if (!parsed) {
      auto full = parse_number(f.value, m_options.table.conventions, mark);
      if (!full)
        return fail(Diagnostic{m_file, line, m_names[m_layout.value], full.error().message});
      parsed = *full;
    }
    m_evidence.note(*parsed, f.value, line);
    const std::optional<double> value = parsed->value;
    if (!value && m_options.missing == MissingPolicy::error) {
      return fail(Diagnostic{
          m_file, line, m_names[m_layout.value],
          fmt::format("missing value for region \"{}\", industry \"{}\"{}; choose a missing-value "
                      "policy: zero, drop-region or drop-industry",
                      f.region, f.industry,
                      f.period.empty() ? "" : " in " + std::string(f.period))});
    }
    if (value && *value < 0) {
      return fail(Diagnostic{m_file, line, m_names[m_layout.value],
                             fmt::format("expected a non-negative value, got {}", *value)});
    }
    m_chunk.add(f.region, f.industry, f.period, value);
    return {};
  }

 private:
  PanelChunk& m_chunk;
  MarkEvidence& m_evidence;
  const std::string& m_file;
  const std::vector<std::string>& m_names;
  const PanelLayout& m_layout;
  const PanelCsvOptions& m_options;
  bool m_plain;  // whether the fast path for plain numbers may be taken
};

// The error for a duplicate key: finds the first two rows with it.
Diagnostic duplicate_error(const ByteSource& source, const PanelHeader& header,
                           const std::string& file, const PanelLayout& layout,
                           const PanelKey& key) {
  std::size_t first = 0;
  std::optional<Diagnostic> found;
  const auto on_row = [&](std::size_t line, const PanelFields& f) -> Result<void> {
    if (f.region != key.region || f.industry != key.industry || f.period != key.period) return {};
    if (first == 0) {
      first = header.line + line;
      return {};
    }
    return fail(Diagnostic{
        file,
        header.line + line,
        {},
        fmt::format("duplicate row for region \"{}\", industry \"{}\"{} (first at line {})",
                    key.region, key.industry, layout.year ? ", year " + key.period : "", first)});
  };
  auto scanned =
      read_panel_rows(source, header.body, source.size(), file, header.separator, layout, on_row);
  if (!scanned) return scanned.error();
  return Diagnostic{
      file,
      0,
      {},
      fmt::format("duplicate rows for region \"{}\", industry \"{}\"", key.region, key.industry)};
}

Result<Panel> load_panel(const ByteSource& source, const std::string& file,
                         const PanelCsvOptions& options) {
  auto header = read_panel_header(source, file, options.table.dialect.separator);
  if (!header) return fail(header.error());
  auto layout = find_layout(*header, file, options);
  if (!layout) return fail(layout.error());
  const unsigned threads = std::max(1u, options.threads);
  auto bounds = split_at_lines(source, header->body, threads);
  if (!bounds) return fail(bounds.error());
  const std::size_t parts = bounds->size() - 1;
  std::vector<PanelChunk> chunks(parts);
  std::vector<MarkEvidence> evidence(parts);
  std::vector<Result<std::size_t>> lines(parts);
  parallel_for(parts, threads, [&](std::size_t t) {
    ChunkFiller filler(chunks[t], evidence[t], file, header->names, *layout, options);
    lines[t] = read_panel_rows(source, (*bounds)[t], (*bounds)[t + 1], file, header->separator,
                               *layout, filler);
  });
  NumberCells marks(file, options.table.conventions, options.table.decimal);
  std::size_t before = header->line;  // lines before the part
  for (std::size_t t = 0; t < parts; ++t) {
    if (!lines[t]) {
      Diagnostic d = lines[t].error();
      if (d.line != 0) d.line += before;
      return fail(std::move(d));
    }
    for (const auto& seen : evidence[t].first) {
      if (seen)
        marks.note(seen->parsed, seen->text, before + seen->line, header->names[layout->value]);
    }
    before += *lines[t];
  }
  if (auto settled = marks.finish(); !settled) return fail(settled.error());
  std::size_t rows = 0;
  for (const PanelChunk& c : chunks) rows += c.size();
  if (rows == 0) return fail(Diagnostic{file, 0, {}, "no data rows after the header"});
  auto panel = merge_chunks(std::move(chunks), options.duplicates, threads);
  if (!panel) return fail(duplicate_error(source, *header, file, *layout, panel.error()));
  if (auto ok = apply_missing_policy(*panel, options.missing); !ok) {
    return fail(Diagnostic{file, 0, {}, ok.error().message});
  }
  return std::move(*panel);
}

}  // namespace

Result<Panel> parse_panel_csv(std::string_view text, const std::string& display_name,
                              const PanelCsvOptions& options) {
  return load_panel(*text_source(text), display_name, options);
}

Result<Panel> load_panel_csv(const std::string& path, const PanelCsvOptions& options) {
  auto source = file_source(path);
  if (!source) return fail(source.error());
  return load_panel(**source, path, options);
}

}  // namespace itzones::io
