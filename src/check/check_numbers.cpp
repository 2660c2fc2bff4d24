// Check "numbers": the numbers of the source (outside markup) appear in the
// translation. Digits of any script count by value (ICU), and separators
// may change, since locales write them differently: 1,000.5 = 1 000,5 =
// ١٬٠٠٠٫٥ (numbers are compared as their runs of digits, or joined).
// Not counted: digits glued to Latin, Cyrillic or Greek letters (F10, 3D,
// md5, x86), which are
// names, and a lone digit 0..9 that the translation may spell out, unless
// the translation has a number the source lacks (then it was changed).
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <string>
#include <vector>

#include "check/catalog_locale.h"
#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

bool is_separator(char32_t c, const CatalogLocale& locale) {
  // Where the locale groups with a space (fr: U+202F), people type a plain one.
  if (c == U' ') return u_isUWhiteSpace(static_cast<UChar32>(locale.grouping_separator()));
  return c == U'.' || c == U',' || c == U'\'' || c == 0x00A0 || c == 0x202F || c == 0x2009 || c == 0x066B ||
         c == 0x066C || c == 0x2019 || c == 0x3001 || c == locale.decimal_separator() ||
         c == locale.grouping_separator();
}

struct Number {
  std::string joined;              // runs joined across single separators: "1,000.5" -> 10005
  std::vector<std::string> runs;   // 1, 000, 5
  std::string text;                // as written
};
using Numbers = std::vector<Number>;

Numbers numbers_in(std::string_view text, const CatalogLocale& locale) {
  Numbers out;
  const auto points = code_points(text);
  auto digit = [&](size_t i) { return i < points.size() ? u_charDigitValue(static_cast<UChar32>(points[i].value)) : -1; };
  // Glued to a letter of a script written with spaces: a name (F10, md5).
  // CJK text has no spaces, so "180度" is a number.
  auto letter = [&](size_t i) {
    if (i >= points.size() || !u_isalpha(static_cast<UChar32>(points[i].value))) return false;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode sc = uscript_getScript(static_cast<UChar32>(points[i].value), &status);
    return sc == USCRIPT_LATIN || sc == USCRIPT_CYRILLIC || sc == USCRIPT_GREEK;
  };
  for (size_t i = 0; i < points.size();) {
    if (digit(i) < 0) {
      ++i;
      continue;
    }
    // "&#8482;" is a character, not a number.
    const bool glued_before = (i > 0 && letter(i - 1)) || (i > 1 && points[i - 1].value == U'#' && points[i - 2].value == U'&');
    const size_t start = i;
    std::string joined, run;
    std::vector<std::string> runs;
    while (i < points.size()) {
      if (const int32_t d = digit(i); d >= 0) {
        run += static_cast<char>('0' + d);
        ++i;
      } else if (digit(i + 1) >= 0 && is_separator(points[i].value, locale)) {
        runs.push_back(run);
        joined += run;
        run.clear();
        ++i;
      } else {
        break;
      }
    }
    runs.push_back(run);
    joined += run;
    if (glued_before || letter(i)) continue;
    out.push_back({joined, runs, std::string(text.substr(points[start].offset, points[i - 1].offset + points[i - 1].length - points[start].offset))});
  }
  return out;
}

bool take(std::vector<std::string>& from, const std::string& n) {
  const auto it = std::find(from.begin(), from.end(), n);
  if (it == from.end()) return false;
  from.erase(it);
  return true;
}

}  // namespace

void numbers(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  if (std::none_of(pair.source.begin(), pair.source.end(), [](char c) { return c >= '0' && c <= '9'; })) return;
  const Numbers source = numbers_in(pair.plain_source, scope.locale);
  if (source.empty()) return;
  const Numbers translation = numbers_in(pair.plain_translation, scope.locale);
  std::vector<std::string> joined, runs;
  for (const Number& n : translation) {
    joined.push_back(n.joined);
    runs.insert(runs.end(), n.runs.begin(), n.runs.end());
  }
  std::vector<const Number*> missing;
  for (const Number& n : source)
    if (!take(joined, n.joined)) missing.push_back(&n);
  for (const Number* n : missing) {
    // Written with other separators ("1,2" as "1 und 2")?
    std::vector<std::string> left = runs;
    if (std::all_of(n->runs.begin(), n->runs.end(), [&](const std::string& r) { return take(left, r); })) {
      runs = left;
      continue;
    }
    // A lone digit may be spelled out, unless another number took its place.
    if (n->joined.size() == 1 && joined.empty()) continue;
    out.add(m, "the number " + n->text + " of the source is missing from the translation");
    return;
  }
}

}  // namespace xloc::checks
