#include "totals_row.hpp"

#include <array>
#include <string>

namespace itzones::io {
namespace {

// Lower case of ASCII and of the Russian alphabet in UTF-8 (А-Я, Ё); other bytes unchanged.
std::string lower(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto b = static_cast<unsigned char>(out[i]);
    if (b >= 'A' && b <= 'Z') {
      out[i] = static_cast<char>(b - 'A' + 'a');
    } else if (b == 0xD0 && i + 1 < out.size()) {
      const auto c = static_cast<unsigned char>(out[i + 1]);
      if (c >= 0x90 && c <= 0x9F) {  // А-П -> а-п
        out[i + 1] = static_cast<char>(c + 0x20);
      } else if (c >= 0xA0 && c <= 0xAF) {  // Р-Я -> р-я (D1 80-8F)
        out[i] = static_cast<char>(0xD1);
        out[i + 1] = static_cast<char>(c - 0x20);
      } else if (c == 0x81) {  // Ё -> ё (D1 91)
        out[i] = static_cast<char>(0xD1);
        out[i + 1] = static_cast<char>(0x91);
      }
      ++i;
    }
  }
  return out;
}

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

}  // namespace

bool is_totals_name(std::string_view name) {
  constexpr std::array<std::string_view, 4> k_total_words = {"total", "totals", "итого", "всего"};
  constexpr std::array<std::string_view, 6> k_country = {
      "республика казахстан", "казахстан", "рк", "republic of kazakhstan", "kazakhstan", "kz"};
  const std::string text = lower(trim(name));
  for (const std::string_view country : k_country) {
    if (text == country) return true;
  }
  for (const std::string_view word : k_total_words) {
    if (!text.starts_with(word)) continue;
    // The whole word: followed by nothing, a space or punctuation, not by more letters.
    if (text.size() == word.size()) return true;
    const auto next = static_cast<unsigned char>(text[word.size()]);
    if (next < 0x80 && !(next >= 'a' && next <= 'z')) return true;
  }
  return false;
}

}  // namespace itzones::io
