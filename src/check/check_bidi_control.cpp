// Check "bidi-control": bidirectional embeddings, overrides and isolates
// must be balanced (every LRE/RLE/LRO/RLO closed by PDF, every LRI/RLI/FSI
// by PDI), and an override the source does not have is refused: it
// reorders what the reader sees ("Trojan Source", CVE-2021-42574).
// Marks (LRM, RLM, ALM) are harmless and allowed.
#include <unicode/uchar.h>

#include <vector>

#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

std::string name_of(char32_t c) {
  char buffer[96];
  UErrorCode status = U_ZERO_ERROR;
  u_charName(static_cast<UChar32>(c), U_UNICODE_CHAR_NAME, buffer, sizeof buffer, &status);
  return code_point_name(c) + (U_SUCCESS(status) ? " " + std::string(buffer) : "");
}

bool is_embedding(char32_t c) { return c >= 0x202A && c <= 0x202E && c != 0x202C; }
bool is_override(char32_t c) { return c == 0x202D || c == 0x202E; }
bool is_isolate(char32_t c) { return c >= 0x2066 && c <= 0x2068; }

}  // namespace

void bidi_control(const Message& m, const TextPair& pair, const CheckScope&, Findings& out) {
  // All bidi controls are U+061C or in U+200E..U+2069: UTF-8 lead bytes D8 or E2.
  if (pair.translation.find('\xE2') == std::string_view::npos) return;
  std::vector<char32_t> open;
  for (const CodePoint& cp : code_points(pair.translation)) {
    const char32_t c = cp.value;
    if (!u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_BIDI_CONTROL)) continue;
    if (is_override(c) && pair.source.find(to_utf8(c)) == std::string_view::npos) {
      out.add(m, "bidi override " + name_of(c) +
                     " in the translation reorders the text as displayed (Trojan Source)");
      return;
    }
    if (is_embedding(c) || is_isolate(c)) {
      open.push_back(c);
    } else if (c == 0x202C) {  // PDF closes the innermost embedding, not an isolate
      if (open.empty() || is_isolate(open.back())) {
        out.add(m, name_of(c) + " in the translation closes no embedding");
        return;
      }
      open.pop_back();
    } else if (c == 0x2069) {  // PDI closes the innermost isolate and what it holds
      while (!open.empty() && !is_isolate(open.back())) open.pop_back();
      if (open.empty()) {
        out.add(m, name_of(c) + " in the translation closes no isolate");
        return;
      }
      open.pop_back();
    }
  }
  if (!open.empty())
    out.add(m, name_of(open.back()) + " in the translation is never closed by " +
                   (is_isolate(open.back()) ? "U+2069 POP DIRECTIONAL ISOLATE"
                                            : "U+202C POP DIRECTIONAL FORMATTING"));
}

}  // namespace xloc::checks
