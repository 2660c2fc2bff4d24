// Exports append_character_data(), character_reference_at() and
// entity_reference_at(): how text and attribute values of a source
// document become msgid text, and how a msgid or translation spells a
// reference.
//
// A msgid is XML as a translator reads it: '&', '<' and '>' escaped,
// character references and the five predefined entities replaced by what
// they stand for, e.g. "Tea &amp; cake" for "Tea &#38; cake". A reference
// to any other entity ("&product;", declared in the DTD) stays a
// reference: xloc never expands entities (SECURITY.md), so the msgid says
// "&product;" (as `itstool --keep-entities` does; plain itstool expands
// internal entities instead), and a translation that keeps "&product;"
// puts the reference back into the exported document.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace xloc::its {

// Appends `raw`, character data exactly as in the source (between tags, or
// an attribute value between its quotes), as msgid text. Line ends are
// normalized as an XML parser does: CR LF and CR become LF in text, and
// every raw tab, CR, LF (CR LF once) a space in an attribute, where '"' is
// also escaped. A '&' that starts no well-formed reference is text ("&amp;").
void append_character_data(std::string& out, std::string_view raw, bool attribute);

struct CharacterReference {
  char32_t code_point = 0;
  size_t length = 0;  // from '&' to ';', both included
};

// The character reference "&#N;" or "&#xH;" starting at `amp` in `text`, or
// nullopt if none does or it names a character XML does not allow
// (its/char_reference.h decides).
std::optional<CharacterReference> character_reference_at(std::string_view text, size_t amp);

// The name of the entity reference "&name;" starting at `amp` in `text`
// ("product" for "&product;", also "amp" for "&amp;"), or nullopt if no
// well-formed entity reference starts there (a character reference
// "&#38;" is none either).
std::optional<std::string_view> entity_reference_at(std::string_view text, size_t amp);

}  // namespace xloc::its
