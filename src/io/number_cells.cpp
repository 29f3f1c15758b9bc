#include "number_cells.hpp"

#include <fmt/format.h>

namespace itzones::io {

NumberCells::NumberCells(std::string file, const MissingConventions& conventions, DecimalMark mark)
    : m_file(std::move(file)), m_conventions(conventions), m_mark(mark) {}

Result<Cell> NumberCells::parse(std::string_view text, std::size_t line, const std::string& column) {
  auto parsed = parse_number(text, m_conventions, m_mark);
  if (!parsed) return fail(Diagnostic{m_file, line, column, parsed.error().message});
  note(*parsed, text, line, column);
  return Cell{parsed->value, parsed->decimals, {m_file, line}};
}

void NumberCells::note(const ParsedNumber& parsed, std::string_view text, std::size_t line, const std::string& column) {
  if (parsed.mark == 0) return;
  auto& first = (parsed.ambiguous ? m_first_ambiguous : m_first_decimal)[slot(parsed.mark)];
  if (!first) first = Seen{std::string(text), line, column};
}

Result<void> NumberCells::finish() const {
  constexpr std::array<char, 2> k_marks = {',', '.'};
  const std::optional<Seen>* worst = nullptr;  // the earliest unsettled ambiguous cell
  std::size_t worst_slot = 0;
  for (std::size_t m = 0; m < 2; ++m) {
    const auto& ambiguous = m_first_ambiguous[m];
    const bool settled = m_first_decimal[m] && !m_first_decimal[1 - m];
    if (!ambiguous || settled) continue;
    if (worst == nullptr || ambiguous->line < (*worst)->line) {
      worst = &ambiguous;
      worst_slot = m;
    }
  }
  if (worst == nullptr) return {};
  const Seen& cell = **worst;
  const auto& other = m_first_decimal[1 - worst_slot];
  const std::string why =
      other ? fmt::format("\"{}\" (line {}, column \"{}\") has '{}' as the decimal mark", other->text,
                          other->line, other->column, k_marks[1 - worst_slot])
            : std::string("no other cell shows which");
  return fail(Diagnostic{m_file, cell.line, cell.column,
                         fmt::format("\"{}\" is ambiguous: '{}' may be the decimal mark or group "
                                     "thousands, and {}; give --decimal comma or --decimal point",
                                     cell.text, k_marks[worst_slot], why)});
}

}  // namespace itzones::io
