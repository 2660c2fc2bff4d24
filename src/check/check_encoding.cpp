// Check "encoding": the catalog must declare UTF-8 (xloc reads and writes
// nothing else), and no translation may hold invalid UTF-8, U+FFFD (text
// lost in a conversion) or control characters the source does not have.
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "catalog/po_charset.h"
#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool is_control(char32_t c) {
  return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
}

}  // namespace

void encoding_catalog(const CheckScope& scope, Findings& out) {
  const Message* header = scope.catalog.header_entry();
  if (!header) return;
  const auto content_type = scope.catalog.header().get("Content-Type");
  const size_t at = content_type ? lower(*content_type).find("charset=") : std::string::npos;
  if (at == std::string::npos) {
    out.add(*header, "the header declares no charset (Content-Type: text/plain; charset=UTF-8)");
    return;
  }
  std::string charset = std::string(trim(std::string_view(*content_type).substr(at + 8)));
  if (lower(charset) == "utf-8" || lower(charset) == "utf8") return;
  bool ascii = true;
  for (const Message& m : scope.catalog.messages)
    for (const std::string& s : m.msgstr)
      if (std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
        ascii = false;
  if (ascii && (lower(charset) == "ascii" || lower(charset) == "us-ascii")) return;
  if (charset == "CHARSET")
    out.add(*header, "the charset is still the template's placeholder 'CHARSET'; declare UTF-8");
  else
    out.add(*header, "the declared charset is '" + charset + "'; catalogs must be UTF-8");
}

void encoding(const Message& m, const TextPair& pair, const CheckScope&, Findings& out) {
  const std::string_view t = pair.translation;
  if (auto bad = find_invalid_utf8_fast(t)) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(t[*bad])));
    out.add(m, "invalid UTF-8 byte " + std::string(hex) + " at byte " + std::to_string(*bad) +
                   " of the translation");
    return;
  }
  // The text is valid UTF-8, so what is looked for can be found by its
  // bytes, without decoding: C0 controls and DEL are single bytes, C1
  // controls C2 80..C2 9F, U+FFFD EF BF BD (no continuation byte is C2 or EF).
  for (size_t i = 0; i < t.size(); ++i) {
    const auto b = static_cast<unsigned char>(t[i]);
    char32_t c;
    if (b < 0x20 || b == 0x7F) c = b;
    else if (b == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) <= 0x9F) c = static_cast<unsigned char>(t[i + 1]);
    else if (b == 0xEF && t.substr(i, 3) == "\xEF\xBF\xBD") c = 0xFFFD;
    else continue;
    if (c == 0xFFFD && pair.source.find("\xEF\xBF\xBD") == std::string_view::npos) {
      out.add(m, "U+FFFD REPLACEMENT CHARACTER in the translation: text was lost in a conversion");
      return;
    }
    if (is_control(c) && pair.source.find(to_utf8(c)) == std::string_view::npos) {
      out.add(m, "control character " + code_point_name(c) + " in the translation");
      return;
    }
  }
}

}  // namespace xloc::checks
