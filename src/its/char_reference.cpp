#include "its/char_reference.h"

#include <cctype>
#include <cstdint>

namespace xloc::its {

bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

std::optional<char32_t> decode_char_reference(std::string_view body) {
  if (body.size() < 2 || body[0] != '#') return std::nullopt;
  const bool hex = body[1] == 'x';
  const size_t start = hex ? 2 : 1;
  if (body.size() <= start) return std::nullopt;
  uint32_t value = 0;
  for (size_t i = start; i < body.size(); ++i) {
    const char c = body[i];
    uint32_t digit;
    if (c >= '0' && c <= '9') digit = static_cast<uint32_t>(c - '0');
    else if (hex && c >= 'a' && c <= 'f') digit = static_cast<uint32_t>(c - 'a' + 10);
    else if (hex && c >= 'A' && c <= 'F') digit = static_cast<uint32_t>(c - 'A' + 10);
    else return std::nullopt;
    value = value * (hex ? 16 : 10) + digit;
    if (value > 0x10FFFF) return std::nullopt;  // also stops any overflow
  }
  if (!is_xml_char(value)) return std::nullopt;
  return static_cast<char32_t>(value);
}

std::optional<size_t> find_bad_char_reference(std::string_view xml) {
  // Where "&#" is only text: the construct's opener and its closer.
  struct Opaque {
    std::string_view open, close;
  };
  static constexpr Opaque kOpaque[] = {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"}};
  size_t i = 0;
  while (i < xml.size()) {
    const size_t next = xml.find_first_of("<&", i);
    if (next == std::string_view::npos) return std::nullopt;
    i = next;
    if (xml[i] == '<') {
      bool skipped = false;
      for (const Opaque& o : kOpaque) {
        if (xml.substr(i, o.open.size()) != o.open) continue;
        const size_t end = xml.find(o.close, i + o.open.size());
        if (end == std::string_view::npos) return std::nullopt;  // unterminated: the parser reports it
        i = end + o.close.size();
        skipped = true;
        break;
      }
      if (!skipped) ++i;
      continue;
    }
    if (i + 1 < xml.size() && xml[i + 1] == '#') {
      // The body runs over digits (and an 'x'); it must end at a ';'.
      size_t end = i + 2;
      while (end < xml.size() && (std::isxdigit(static_cast<unsigned char>(xml[end])) || xml[end] == 'x')) ++end;
      if (end == xml.size() || xml[end] != ';' || !decode_char_reference(xml.substr(i + 1, end - i - 1))) return i;
    }
    ++i;
  }
  return std::nullopt;
}

}  // namespace xloc::its
