// Exports the small text helpers the checks share: code point iteration
// over UTF-8 with byte offsets, markup stripping, quoting for messages,
// and trimming. No ICU objects here: they live in CatalogLocale.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace xloc {

struct CodePoint {
  char32_t value;
  size_t offset;  // byte offset in the text
  size_t length;  // bytes
};

// Every code point of `text` (invalid bytes come out as U+FFFD, one byte each).
std::vector<CodePoint> code_points(std::string_view text);

// The text with XML tags ("<b>", "</link>", "<br/>") removed, and the
// predefined entities (&amp; ...) left as they are. Non-tag '<' stay.
std::string strip_markup(std::string_view text);

// Does text contain something that looks like an XML tag?
bool has_markup(std::string_view text);

// "'text'", shortened to about 40 characters with "..." in the middle of
// nothing: quoted as it is if short, else its first 37 bytes (on a code
// point boundary) and "...".
std::string quote(std::string_view text);

// One code point as U+XXXX.
std::string code_point_name(char32_t c);

std::string_view trim(std::string_view text);  // ASCII and Unicode spaces

// The UTF-8 encoding of one code point.
std::string to_utf8(char32_t c);

}  // namespace xloc
