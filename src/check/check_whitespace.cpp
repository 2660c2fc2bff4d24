// Check "whitespace": the translation starts and ends like its source:
// the same leading and trailing newlines (msgfmt -c insists on those) and
// spaces, since programs and markup often depend on them. A space the
// translation drops next to full-width punctuation ("Name: " -> "名前："),
// which carries its own spacing, is fine.
#include <unicode/uchar.h>

#include "base/utf8.h"
#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view leading(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && is_space(s[n])) ++n;
  return s.substr(0, n);
}

std::string_view trailing(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && is_space(s[s.size() - 1 - n])) ++n;
  return s.substr(s.size() - n);
}

bool full_width_punctuation(char32_t c) {
  const auto uc = static_cast<UChar32>(c);
  const int width = u_getIntPropertyValue(uc, UCHAR_EAST_ASIAN_WIDTH);
  return (width == U_EA_FULLWIDTH || width == U_EA_WIDE) && (U_GET_GC_MASK(uc) & U_GC_P_MASK);
}

char32_t last_code_point(std::string_view s) {
  size_t b = s.size();
  while (b > 0 && (static_cast<unsigned char>(s[b - 1]) & 0xC0) == 0x80) --b;
  if (b == 0) return 0;
  size_t pos = b - 1;
  return next_code_point(s, pos);
}

std::string describe(std::string_view ws) {
  if (ws.empty()) return "nothing";
  std::string out = "'";
  for (char c : ws) out += c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : std::string(1, c);
  return out + "'";
}

}  // namespace

void whitespace(const Message& m, const TextPair& pair, const CheckScope&, Findings& out) {
  const std::string_view s = pair.source, t = pair.translation;
  if (trim(t).empty()) return;  // nothing but space: other checks say more
  auto newline_at = [](std::string_view w) { return w.find('\n') != std::string_view::npos; };
  const auto sl = leading(s), tl = leading(t), st = trailing(s), tt = trailing(t);
  auto dropped_for_cjk = [](std::string_view source_space, std::string_view translation_space, char32_t edge) {
    return !source_space.empty() && translation_space.empty() && source_space.find('\n') == std::string_view::npos &&
           full_width_punctuation(edge);
  };
  size_t first = 0;
  const char32_t first_char = next_code_point(t, first);
  if ((newline_at(sl) != newline_at(tl) || sl.empty() != tl.empty()) && !dropped_for_cjk(sl, tl, first_char)) {
    out.add(m, "the source starts with " + describe(sl) + " but the translation with " + describe(tl));
    return;
  }
  if ((newline_at(st) != newline_at(tt) || st.empty() != tt.empty()) && !dropped_for_cjk(st, tt, last_code_point(t)))
    out.add(m, "the source ends with " + describe(st) + " but the translation with " + describe(tt));
}

}  // namespace xloc::checks
