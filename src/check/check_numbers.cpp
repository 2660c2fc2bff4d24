// Check "numbers": each number of the source (outside markup) appears in
// the translation. Digits of any script count by value (ICU), and the
// separators inside a number may change (1,000.5 = 1 000,5 = ١٬٠٠٠٫٥),
// since locales write them differently.
#include <unicode/uchar.h>

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
  return c == U'.' || c == U',' || c == U'\'' || c == 0x00A0 || c == 0x202F || c == 0x2009 ||
         c == 0x066B || c == 0x066C || c == 0x2019 || c == locale.decimal_separator() ||
         c == locale.grouping_separator();
}

// Each number as its digits only, in ASCII: "1,000.5" -> "10005".
std::vector<std::string> numbers_in(std::string_view text, const CatalogLocale& locale) {
  std::vector<std::string> out;
  const auto points = code_points(text);
  for (size_t i = 0; i < points.size();) {
    const int32_t v = u_charDigitValue(static_cast<UChar32>(points[i].value));
    if (v < 0) {
      ++i;
      continue;
    }
    std::string digits;
    while (i < points.size()) {
      const int32_t d = u_charDigitValue(static_cast<UChar32>(points[i].value));
      if (d >= 0) {
        digits += static_cast<char>('0' + d);
        ++i;
      } else if (i + 1 < points.size() && is_separator(points[i].value, locale) &&
                 u_charDigitValue(static_cast<UChar32>(points[i + 1].value)) >= 0) {
        ++i;
      } else {
        break;
      }
    }
    out.push_back(digits);
  }
  return out;
}

bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

void numbers(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  if (!has_digit(pair.source)) return;
  auto source = numbers_in(strip_markup(pair.source), scope.locale);
  if (source.empty()) return;
  auto translation = numbers_in(strip_markup(pair.translation), scope.locale);
  std::sort(translation.begin(), translation.end());
  for (const std::string& n : source) {
    auto it = std::lower_bound(translation.begin(), translation.end(), n);
    if (it != translation.end() && *it == n) {
      translation.erase(it);
      continue;
    }
    out.add(m, "the number " + n + " of the source is missing from the translation");
    return;
  }
}

}  // namespace xloc::checks
