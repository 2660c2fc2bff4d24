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
char32_t next_code_point(std::string_view text, size_t& pos);

// Appends the UTF-8 encoding of `c` (a Unicode scalar value) to `out`.
void append_utf8(std::string& out, char32_t c);

}  // namespace xloc
