// Exports UTF-8 helpers shared by every stage: validation that says where
// the first bad byte is, and code point iteration.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace xloc {

// Byte offset of the first byte that does not start a well-formed UTF-8
// sequence (overlongs, surrogates and values above U+10FFFF are invalid),
// or nullopt if `text` is valid UTF-8.
std::optional<size_t> find_invalid_utf8(std::string_view text);

// Decodes the code point at `pos` and advances `pos` past it. On a bad
// sequence returns U+FFFD and advances one byte. Requires pos < text.size().
// ASCII and well-formed 2-byte sequences (Latin, Greek, Cyrillic, Hebrew,
// Arabic) are decoded inline: the checks call this for every character.
char32_t next_code_point_slow(std::string_view text, size_t& pos);
inline char32_t next_code_point(std::string_view text, size_t& pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  if (b0 >= 0xC2 && b0 <= 0xDF && pos + 1 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    if ((b1 & 0xC0) == 0x80) {
      pos += 2;
      return (static_cast<char32_t>(b0 & 0x1F) << 6) | (b1 & 0x3F);
    }
  }
  return next_code_point_slow(text, pos);
}

// Appends the UTF-8 encoding of `c` (a Unicode scalar value) to `out`.
void append_utf8(std::string& out, char32_t c);

}  // namespace xloc
