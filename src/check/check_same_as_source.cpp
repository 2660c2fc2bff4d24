// Check "same-as-source": a translation identical to its source, when the
// source is ordinary prose: at least two lower-case words of three or
// more letters once markup is left out. Acronyms, names, commands, file
// names and code do not count, and English locales may copy freely.
#include <unicode/uchar.h>

#include "check/catalog_locale.h"
#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

// Counts words made only of letters, starting lower-case, 3+ letters long,
// not glued to code-like punctuation (file.txt, --flag, a_b, x=y, ~/dir).
bool code_like(std::u32string_view token) {
  if (token.empty()) return false;
  if (token[0] == U'-' || token[0] == U'$' || token[0] == U'~' || token[0] == U'/') return true;
  // Inner punctuation that prose does not use: a.b, a/b, a_b, a=b.
  for (size_t i = 1; i + 1 < token.size(); ++i)
    if (std::u32string_view(U"./_=\\:@").find(token[i]) != std::u32string_view::npos) return true;
  return false;
}

int prose_words(std::string_view text) {
  const auto points = code_points(text);
  int words = 0;
  size_t i = 0;
  while (i < points.size()) {
    if (u_isspace(static_cast<UChar32>(points[i].value))) {
      ++i;
      continue;
    }
    const size_t start = i;
    while (i < points.size() && !u_isspace(static_cast<UChar32>(points[i].value))) ++i;
    // The token, without sentence punctuation around it.
    size_t b = start, e = i;
    auto strip = [](char32_t c) { return std::u32string_view(U".,;:!?\"'()«»“”‘’").find(c) != std::u32string_view::npos; };
    while (b < e && strip(points[b].value)) ++b;
    while (e > b && strip(points[e - 1].value)) --e;
    std::u32string token;
    for (size_t k = b; k < e; ++k) token += points[k].value;
    if (code_like(token)) return 0;  // a command line or a path: not prose
    if (e - b < 3 || !u_islower(static_cast<UChar32>(points[b].value))) continue;
    bool letters = true;
    for (size_t k = b; k < e; ++k)
      if (!u_isalpha(static_cast<UChar32>(points[k].value)) && points[k].value != U'-') letters = false;
    if (letters) ++words;
  }
  return words;
}

}  // namespace

void same_as_source(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  if (pair.source != pair.translation) return;
  if (std::string_view(scope.locale.locale().getLanguage()) == "en") return;
  if (prose_words(strip_markup(pair.source)) < 2) return;
  out.add(m, "the translation is identical to the source " + quote(pair.source));
}

}  // namespace xloc::checks
