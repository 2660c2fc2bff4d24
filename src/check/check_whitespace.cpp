// Check "whitespace": the translation starts and ends like its source:
// the same leading and trailing newlines (msgfmt -c insists on those) and
// spaces, since programs and markup often depend on them.
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
  if (newline_at(sl) != newline_at(tl) || sl.empty() != tl.empty()) {
    out.add(m, "the source starts with " + describe(sl) + " but the translation with " + describe(tl));
    return;
  }
  if (newline_at(st) != newline_at(tt) || st.empty() != tt.empty())
    out.add(m, "the source ends with " + describe(st) + " but the translation with " + describe(tt));
}

}  // namespace xloc::checks
