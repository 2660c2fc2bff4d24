// Check "mixed-script": a word whose letters come from scripts that are not
// used together (a Cyrillic 'е' inside a Latin word), which looks right and
// breaks search and spelling. ICU's spoof checker judges each candidate
// word at the "highly restrictive" level, which allows the mixes real
// writing uses (Japanese Han + Kana + Latin, Korean Hangul + Han). Of what
// it refuses, only words mixing Latin, Cyrillic and Greek are reported:
// their letters look alike, which is the danger; a Latin acronym with a
// Tamil case ending ("CDகள்") is how Tamil writes it.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "check/catalog_locale.h"
#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

bool look_alike(UScriptCode sc) { return sc == USCRIPT_LATIN || sc == USCRIPT_CYRILLIC || sc == USCRIPT_GREEK; }

bool is_letter(char32_t c) {
  const auto uc = static_cast<UChar32>(c);
  return u_isalpha(uc) || (U_GET_GC_MASK(uc) & U_GC_M_MASK);
}

// The first word of `span` that mixes look-alike scripts and that the
// spoof checker refuses, with the scripts it mixes.
std::optional<std::string> judge(std::string_view span, std::string_view source, const USpoofChecker* spoof) {
  const auto points = code_points(span);
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
      if (!look_alike(sc)) {
        mixed = false;
        first = USCRIPT_COMMON;  // a word with other scripts in it is not judged
      }
      if (first == USCRIPT_COMMON) continue;
      if (first == USCRIPT_INVALID_CODE) first = sc;
      else if (sc != first) mixed = true;
    }
    if (!mixed) continue;
    const std::string_view word =
        span.substr(points[start].offset, points[i - 1].offset + points[i - 1].length - points[start].offset);
    if (source.find(word) != std::string_view::npos) continue;
    UErrorCode status = U_ZERO_ERROR;
    const int32_t result = uspoof_checkUTF8(spoof, word.data(), static_cast<int32_t>(word.size()), nullptr, &status);
    if (U_FAILURE(status) || (result & USPOOF_RESTRICTION_LEVEL) == 0) continue;
    std::string scripts;
    std::vector<UScriptCode> seen;
    for (size_t k = start; k < i; ++k) {
      UErrorCode s = U_ZERO_ERROR;
      const UScriptCode sc = uscript_getScript(static_cast<UChar32>(points[k].value), &s);
      if (sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED || std::find(seen.begin(), seen.end(), sc) != seen.end())
        continue;
      seen.push_back(sc);
      scripts += (scripts.empty() ? "" : " and ") + std::string(uscript_getName(sc));
    }
    return "the word " + quote(word) + " mixes " + scripts + " letters";
  }
  return std::nullopt;
}

// Which look-alike scripts a UTF-8 byte may start a letter of (a cheap
// over-approximation): 1 Latin, 2 Greek, 4 Cyrillic, 0 none.
unsigned script_bits(std::string_view t, size_t i) {
  const auto b = static_cast<unsigned char>(t[i]);
  if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') return 1;
  if (b >= 0xC3 && b <= 0xCA) return 1;
  if (b >= 0xCD && b <= 0xCF) return 2;
  if (b >= 0xD0 && b <= 0xD4) return 4;
  if (b == 0xE1 && i + 1 < t.size()) {
    const auto c = static_cast<unsigned char>(t[i + 1]);
    return c >= 0xBC ? 2 : (c >= 0xB8 ? 1 : 0);
  }
  return 0;
}

// std::isalnum without the call into the C library: this runs per byte.
bool ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

}  // namespace

void mixed_script(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  const USpoofChecker* spoof = scope.locale.spoof_checker();
  if (!spoof) return;
  const std::string_view t = pair.translation;
  // Candidate spans: runs between ASCII spaces and punctuation whose bytes
  // may hold letters of two look-alike scripts; only those are decoded.
  for (size_t i = 0; i < t.size();) {
    const auto b = static_cast<unsigned char>(t[i]);
    if (b < 0x80 && !ascii_alnum(b)) {
      ++i;
      continue;
    }
    const size_t start = i;
    unsigned bits = 0;
    for (; i < t.size(); ++i) {
      const auto c = static_cast<unsigned char>(t[i]);
      if (c < 0x80 && !ascii_alnum(c)) break;
      bits |= script_bits(t, i);
    }
    if ((bits & (bits - 1)) == 0) continue;  // at most one script
    if (auto problem = judge(t.substr(start, i - start), pair.source, spoof)) {
      out.add(m, *problem);
      return;
    }
  }
}

}  // namespace xloc::checks
