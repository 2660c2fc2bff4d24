// Check "length-ratio": a translation far shorter or longer than its source
// (in code points, markup left out) is often a truncated or misplaced
// one. Scripts that pack more per character (Han, Kana, Hangul) are
// expected to be shorter.
#include "check/catalog_locale.h"
#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

size_t length(std::string_view text) {
  size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

void length_ratio(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  constexpr size_t kMinSource = 40;  // short strings vary too much to judge
  if (pair.source.size() < kMinSource) return;
  const std::string s = strip_markup(pair.source), t = strip_markup(pair.translation);
  const size_t ls = length(s), lt = length(t);
  if (ls < kMinSource) return;
  const auto& l = scope.locale;
  const double dense = (l.uses_script(USCRIPT_HAN) || l.uses_script(USCRIPT_HANGUL)) ? 0.35 : 1.0;
  const double ratio = static_cast<double>(lt) / static_cast<double>(ls) / dense;
  if (ratio < 0.2)
    out.add(m, "the translation is much shorter than the source (" + std::to_string(lt) + " characters for " +
                   std::to_string(ls) + ")");
  else if (ratio > 5.0)
    out.add(m, "the translation is much longer than the source (" + std::to_string(lt) + " characters for " +
                   std::to_string(ls) + ")");
}

}  // namespace xloc::checks
