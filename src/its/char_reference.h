// Exports the rules for XML character references (&#65; &#x41;): which
// code points XML allows (the Char production of XML 1.0), decoding one
// reference, and finding the first bad one in a document. pugixml decodes
// references without these checks (&#x4666666666666661; came out as bytes
// that are not UTF-8), so xloc checks before it parses.
#pragma once

#include <optional>
#include <string_view>

namespace xloc::its {

// XML 1.0's Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
bool is_xml_char(char32_t c);

// The code point of a reference's body ("#65", "#x41": between '&' and
// ';'), or nullopt if it is malformed or names a code point XML forbids.
std::optional<char32_t> decode_char_reference(std::string_view body);

// Offset of the '&' of the first malformed or forbidden character
// reference in `xml`, outside comments, CDATA sections and processing
// instructions (where "&#" is just text).
std::optional<size_t> find_bad_char_reference(std::string_view xml);

}  // namespace xloc::its
