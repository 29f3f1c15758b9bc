#include "panel_lines.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstring>

#include "csv_lines.hpp"
#include "text_encoding.hpp"

namespace itzones::io {
namespace {

constexpr std::size_t k_block = std::size_t{4} << 20;          // bytes read at once for rows
constexpr std::size_t k_header_block = std::size_t{64} << 10;  // and for the header
constexpr std::size_t k_max_line = std::size_t{16} << 20;      // as read_csv()

class TextSource final : public ByteSource {
 public:
  explicit TextSource(std::string_view text) : m_text(text) {}
  std::uint64_t size() const override { return m_text.size(); }
  Result<std::size_t> read(std::uint64_t offset, char* out, std::size_t n) const override {
    if (offset >= m_text.size()) return 0;
    const std::size_t count = std::min<std::size_t>(n, m_text.size() - offset);
    if (count > 0) std::memcpy(out, m_text.data() + offset, count);  // `out` may be null for 0
    return count;
  }

 private:
  std::string_view m_text;
};

class FileSource final : public ByteSource {
 public:
  FileSource(int fd, std::uint64_t size, std::string path)
      : m_fd(fd), m_size(size), m_path(std::move(path)) {}
  ~FileSource() override { ::close(m_fd); }
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;
  std::uint64_t size() const override { return m_size; }
  Result<std::size_t> read(std::uint64_t offset, char* out, std::size_t n) const override {
    for (;;) {
      const ssize_t got = ::pread(m_fd, out, n, static_cast<off_t>(offset));
      if (got >= 0) return static_cast<std::size_t>(got);
      if (errno != EINTR)
        return fail(
            Diagnostic{m_path, 0, {}, fmt::format("cannot read: {}", std::strerror(errno))});
    }
  }

 private:
  int m_fd;
  std::uint64_t m_size;
  std::string m_path;
};

// Blocks of whole lines of [begin, end), read `block` bytes at a time into one buffer that
// keeps the start of a line cut at a block's end for the next block.
class LineBlocks {
 public:
  LineBlocks(const ByteSource& source, std::uint64_t begin, std::uint64_t end, std::size_t block)
      : m_source(source), m_at(begin), m_end(end), m_block(block) {}

  // The next run of whole lines (the last may lack its newline), empty at the end; `lines_before`
  // lines were handed out before, for locating an over-long line.
  Result<std::string_view> next(const std::string& file, std::size_t lines_before) {
    if (m_used > 0) {
      std::memmove(m_buffer.get(), m_buffer.get() + m_used, m_size - m_used);
      m_size -= m_used;
      m_used = 0;
    }
    for (;;) {
      const std::size_t want = std::min<std::uint64_t>(m_block, m_end - m_at);
      if (m_size + want > m_capacity) {
        m_capacity = std::max(m_size + want, 2 * m_capacity);
        auto bigger = std::make_unique_for_overwrite<char[]>(m_capacity);
        if (m_size > 0) std::memcpy(bigger.get(), m_buffer.get(), m_size);  // no null source
        m_buffer = std::move(bigger);
      }
      auto got = m_source.read(m_at, m_buffer.get() + m_size, want);
      if (!got) return fail(got.error());
      m_size += *got;
      m_at += *got;
      const std::string_view text(m_buffer.get(), m_size);
      if (m_at >= m_end || *got == 0) {
        m_used = m_size;
        return text;
      }
      if (const std::size_t last_newline = text.rfind('\n');
          last_newline != std::string_view::npos) {
        m_used = last_newline + 1;
        return text.substr(0, m_used);
      }
      if (m_size > k_max_line)
        return fail(Diagnostic{file, lines_before + 1, {}, "a line is longer than 16 MiB"});
    }
  }

 private:
  const ByteSource& m_source;
  std::uint64_t m_at;
  std::uint64_t m_end;
  std::size_t m_block;
  std::unique_ptr<char[]> m_buffer;
  std::size_t m_capacity = 0;
  std::size_t m_size = 0;  // bytes in m_buffer
  std::size_t m_used = 0;  // bytes of m_buffer handed out
};

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

std::string_view without_cr(std::string_view line) {
  return !line.empty() && line.back() == '\r' ? line.substr(0, line.size() - 1) : line;
}

constexpr std::uint64_t k_ones = 0x0101010101010101ull;
constexpr std::uint64_t k_low7 = 0x7F7F7F7F7F7F7F7Full;

// 0x80 in each byte of `v` that is 0, and 0 in every other byte (exact, unlike the usual
// has-zero test, so the bytes can be located).
std::uint64_t zero_bytes(std::uint64_t v) {
  return ~(((v & k_low7) + k_low7) | v | k_low7);
}

// Splits `text` at `separator` into `fields` (as many as fit; `count` is the number found) in
// one pass, noticing quotes and bytes a UTF-8 check must see (above 0x7F, or NUL): eight bytes
// at a time on little-endian machines.
void split_fields(std::string_view text, char separator, std::vector<std::string_view>& fields,
                  std::size_t& count, bool& quoted, bool& unusual) {
  std::size_t start = 0;
  const auto cut = [&](std::size_t at) {
    if (count < fields.size()) fields[count] = text.substr(start, at - start);
    ++count;
    start = at + 1;
  };
  std::size_t i = 0;
  if constexpr (std::endian::native == std::endian::little) {
    const std::uint64_t separators = k_ones * static_cast<unsigned char>(separator);
    const std::uint64_t quotes = k_ones * static_cast<unsigned char>('"');
    std::uint64_t odd = 0;  // high bits, NUL and quote bytes seen
    for (; i + 8 <= text.size(); i += 8) {
      std::uint64_t v = 0;
      std::memcpy(&v, text.data() + i, 8);
      odd |= (v | zero_bytes(v)) & ~k_low7;
      quoted = quoted || zero_bytes(v ^ quotes) != 0;
      for (std::uint64_t found = zero_bytes(v ^ separators); found != 0; found &= found - 1) {
        cut(i + static_cast<std::size_t>(std::countr_zero(found)) / 8);
      }
    }
    unusual = odd != 0;
  }
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == separator) {
      cut(i);
    } else if (c == '"') {
      quoted = true;
    } else if (static_cast<unsigned char>(c) >= 0x80 || c == '\0') {
      unusual = true;
    }
  }
  cut(text.size());
}

}  // namespace

std::unique_ptr<ByteSource> text_source(std::string_view text) {
  return std::make_unique<TextSource>(text);
}

Result<std::unique_ptr<ByteSource>> file_source(const std::string& path) {
  const auto cannot_read = [&](const std::string& reason) {
    return fail(Diagnostic{path, 0, {}, fmt::format("cannot read: {}", reason)});
  };
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return cannot_read(std::strerror(errno));
  struct stat st {};
  const int stat_error = ::fstat(fd, &st) == 0 ? 0 : errno;
  if (stat_error != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    if (stat_error != 0) return cannot_read(std::strerror(stat_error));
    return cannot_read(S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file");
  }
  return std::make_unique<FileSource>(fd, static_cast<std::uint64_t>(st.st_size), path);
}

Result<PanelHeader> read_panel_header(const ByteSource& source, const std::string& file,
                                      char separator) {
  LineBlocks blocks(source, 0, source.size(), k_header_block);
  std::uint64_t block_start = 0;
  std::size_t line = 0;
  for (;;) {
    auto block = blocks.next(file, line);
    if (!block) return fail(block.error());
    if (block->empty()) return fail(Diagnostic{file, 0, {}, "empty file (expected a header line)"});
    for (std::size_t pos = 0; pos < block->size();) {
      const std::size_t newline = std::min(block->find('\n', pos), block->size());
      std::string_view text = without_cr(block->substr(pos, newline - pos));
      pos = newline + 1;
      if (++line == 1 && text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
      if (blank(text)) continue;
      if (auto utf8 = check_utf8_text(text, file); !utf8)
        return fail(Diagnostic{file, line, {}, utf8.error().message});
      PanelHeader header;
      header.separator = separator != 0 ? separator : detect_separator(text);
      auto names = split_csv_line(text, header.separator);
      if (!names) return fail(Diagnostic{file, line, {}, names.error().message});
      for (std::string& name : *names) {
        const auto first = name.find_first_not_of(' ');
        name = first == std::string::npos
                   ? std::string()
                   : name.substr(first, name.find_last_not_of(' ') - first + 1);
      }
      header.names = std::move(*names);
      header.line = line;
      header.body = block_start + std::min<std::uint64_t>(pos, block->size());
      return header;
    }
    block_start += block->size();
  }
}

Result<std::vector<std::uint64_t>> split_at_lines(const ByteSource& source, std::uint64_t begin,
                                                  unsigned parts) {
  std::vector<std::uint64_t> bounds = {begin};
  const std::uint64_t size = source.size();
  std::string window(std::size_t{64} << 10, '\0');
  for (unsigned t = 1; t < parts; ++t) {
    std::uint64_t at = std::max(bounds.back(), begin + (size - begin) * t / parts);
    // The part starts after the first newline at or after at - 1, so a line is never split.
    at = at > begin ? at - 1 : begin;
    std::uint64_t bound = size;
    while (at < size) {
      auto got = source.read(at, window.data(), window.size());
      if (!got) return fail(got.error());
      const std::size_t newline = std::string_view(window.data(), *got).find('\n');
      if (newline != std::string_view::npos) {
        bound = at + newline + 1;
        break;
      }
      if (*got == 0) break;
      at += *got;
    }
    bounds.push_back(std::max(bound, bounds.back()));
  }
  bounds.push_back(size);
  return bounds;
}

Result<std::size_t> read_panel_rows(const ByteSource& source, std::uint64_t begin,
                                    std::uint64_t end, const std::string& file, char separator,
                                    const PanelLayout& layout, const RowHandler& on_row) {
  LineBlocks blocks(source, begin, end, k_block);
  std::size_t line = 0;
  std::vector<std::string_view> fields(layout.fields);
  std::vector<std::string> unquoted;
  const auto field_count_error = [&](std::size_t got) {
    return Diagnostic{file,
                      line,
                      {},
                      fmt::format("expected {} fields separated by {}, got {}", layout.fields,
                                  separator_name(separator), got)};
  };
  for (;;) {
    auto block = blocks.next(file, line);
    if (!block) return fail(block.error());
    if (block->empty()) return line;
    for (std::size_t pos = 0; pos < block->size();) {
      const std::size_t newline = std::min(block->find('\n', pos), block->size());
      const std::string_view text = without_cr(block->substr(pos, newline - pos));
      pos = newline + 1;
      ++line;
      if (text.empty() || ((text[0] == ' ' || text[0] == '\t') && blank(text))) continue;
      std::size_t count = 0;
      bool quoted = false;
      bool unusual = false;
      split_fields(text, separator, fields, count, quoted, unusual);
      if (unusual) {
        if (auto utf8 = check_utf8_text(text, file); !utf8)
          return fail(Diagnostic{file, line, {}, utf8.error().message});
      }
      if (quoted) {
        auto split = split_csv_line(text, separator);
        if (!split) return fail(Diagnostic{file, line, {}, split.error().message});
        unquoted = std::move(*split);
        count = unquoted.size();
        for (std::size_t f = 0; f < std::min(count, fields.size()); ++f) fields[f] = unquoted[f];
      }
      if (count != layout.fields) return fail(field_count_error(count));
      const PanelFields row{fields[layout.region], fields[layout.industry],
                            layout.year ? fields[*layout.year] : std::string_view(layout.period),
                            fields[layout.value]};
      if (auto handled = on_row(line, row); !handled) return fail(handled.error());
    }
  }
}

}  // namespace itzones::io
