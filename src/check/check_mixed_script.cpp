// Check "mixed-script": a word whose letters come from scripts that are not
// used together (a Cyrillic 'е' inside a Latin word), which looks right and
// breaks search and spelling. ICU's spoof checker judges each candidate
// word at the "highly restrictive" level, which allows the mixes real
// writing uses (Japanese Han + Kana + Latin, Korean Hangul + Han).
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>

#include <algorithm>

#include "check/catalog_locale.h"
#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

bool is_letter(char32_t c) {
  const auto uc = static_cast<UChar32>(c);
  return u_isalpha(uc) || (U_GET_GC_MASK(uc) & U_GC_M_MASK);
}

}  // namespace

void mixed_script(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  const USpoofChecker* spoof = scope.locale.spoof_checker();
  if (!spoof) return;
  const std::string_view t = pair.translation;
  bool ascii = true;
  for (char c : t)
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  if (ascii) return;
  const auto points = code_points(t);
  for (size_t i = 0; i < points.size();) {
    if (!is_letter(points[i].value)) {
      ++i;
      continue;
    }
    const size_t start = i;
    UScriptCode first = USCRIPT_INVALID_CODE;
    bool mixed = false;
    for (; i < points.size() && is_letter(points[i].value); ++i) {
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode sc = uscript_getScript(static_cast<UChar32>(points[i].value), &status);
      if (sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED) continue;
      if (first == USCRIPT_INVALID_CODE) first = sc;
      else if (sc != first) mixed = true;
    }
    if (!mixed) continue;
    const std::string_view word = t.substr(points[start].offset,
                                           points[i - 1].offset + points[i - 1].length - points[start].offset);
    if (pair.source.find(word) != std::string_view::npos) continue;
    UErrorCode status = U_ZERO_ERROR;
    const int32_t result = uspoof_checkUTF8(spoof, word.data(), static_cast<int32_t>(word.size()), nullptr, &status);
    if (U_FAILURE(status) || (result & USPOOF_RESTRICTION_LEVEL) == 0) continue;
    std::string scripts;
    UScriptCode seen[4];
    int n = 0;
    for (size_t k = start; k < i && n < 4; ++k) {
      UErrorCode s = U_ZERO_ERROR;
      const UScriptCode sc = uscript_getScript(static_cast<UChar32>(points[k].value), &s);
      if (sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED) continue;
      if (std::find(seen, seen + n, sc) != seen + n) continue;
      seen[n++] = sc;
      scripts += (scripts.empty() ? "" : " and ") + std::string(uscript_getName(sc));
    }
    out.add(m, "the word " + quote(word) + " mixes " + scripts + " letters");
    return;
  }
}

}  // namespace xloc::checks
