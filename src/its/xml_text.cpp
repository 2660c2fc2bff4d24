// append_character_data(), character_reference_at() and entity_reference_at(); see xml_text.h.
#include "its/xml_text.h"

#include <cctype>
#include <utility>

#include "base/utf8.h"
#include "its/char_reference.h"

namespace xloc::its {
namespace {

// XML names, with every non-ASCII byte allowed: the source was parsed, and
// a name only needs to be told apart from text here.
bool is_entity_name_start(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u == ':' || u >= 0x80;
}

bool is_entity_name_char(char c) { return is_entity_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

void append_escaped_char(std::string& out, char c, bool attribute) {
  switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += attribute ? "&quot;" : "\""; break;
    default: out += c;
  }
}

}  // namespace

std::optional<CharacterReference> character_reference_at(std::string_view text, size_t amp) {
  if (amp + 1 >= text.size() || text[amp] != '&' || text[amp + 1] != '#') return std::nullopt;
  // As find_bad_char_reference() scans: the body runs over digits and 'x'.
  size_t end = amp + 2;
  while (end < text.size() && (std::isxdigit(static_cast<unsigned char>(text[end])) || text[end] == 'x')) ++end;
  if (end == text.size() || text[end] != ';') return std::nullopt;
  const auto c = decode_char_reference(text.substr(amp + 1, end - amp - 1));
  if (!c) return std::nullopt;
  return CharacterReference{*c, end + 1 - amp};
}

std::optional<std::string_view> entity_reference_at(std::string_view text, size_t amp) {
  if (amp + 1 >= text.size() || text[amp] != '&' || !is_entity_name_start(text[amp + 1])) return std::nullopt;
  size_t end = amp + 2;
  while (end < text.size() && is_entity_name_char(text[end])) ++end;
  if (end == text.size() || text[end] != ';') return std::nullopt;
  return text.substr(amp + 1, end - amp - 1);
}

void append_character_data(std::string& out, std::string_view raw, bool attribute) {
  static constexpr std::pair<std::string_view, char> kPredefined[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\r' || (attribute && (c == '\n' || c == '\t'))) {
      if (c == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      out += attribute ? ' ' : '\n';
    } else if (c != '&') {
      append_escaped_char(out, c, attribute);
    } else if (auto ref = character_reference_at(raw, i)) {
      std::string decoded;
      append_utf8(decoded, ref->code_point);
      for (char d : decoded) append_escaped_char(out, d, attribute);
      i += ref->length - 1;
    } else if (auto name = entity_reference_at(raw, i)) {
      bool predefined = false;
      for (const auto& [n, ch] : kPredefined)
        if (*name == n) {
          append_escaped_char(out, ch, attribute);
          predefined = true;
        }
      if (!predefined) out.append(raw.substr(i, name->size() + 2));  // never expanded: stays a reference
      i += name->size() + 1;
    } else {
      out += "&amp;";
    }
  }
}

}  // namespace xloc::its
