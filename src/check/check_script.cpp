// Check "script": a translation with real text in it but not one letter of
// the locale's scripts (ICU likely subtags: ru -> Cyrillic, ja -> Han,
// Hiragana, Katakana) is probably in the wrong language or untranslated.
// Words copied from the source (names, commands) are left out first.
// When most translations fire, the header is what is wrong (a Serbian
// Latin catalog saying "Language: sr", which is Cyrillic): script_cause
// names the script they are in and the Language that would say so.
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <unordered_set>

#include "base/utf8.h"
#include "check/catalog_locale.h"
#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

bool is_script_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

}  // namespace

void script(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  const CatalogLocale& locale = scope.locale;
  if (!locale.known() || locale.scripts().empty() || locale.uses_script(USCRIPT_LATIN)) return;
  if (pair.source == pair.translation) return;  // same-as-source says it
  const std::string_view source = pair.plain_source;
  const std::string_view text = pair.plain_translation;
  // Most translations have a letter of the locale's script: done.
  for (size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      ++pos;
      continue;
    }
    const char32_t c = next_code_point(text, pos);
    UErrorCode status = U_ZERO_ERROR;
    if (is_script_letter(c) && locale.uses_script(uscript_getScript(static_cast<UChar32>(c), &status))) return;
  }
  // The source's words, to skip the ones the translation keeps.
  std::unordered_set<std::string_view> source_words;
  {
    const auto points = code_points(source);
    for (size_t i = 0; i < points.size();) {
      if (!is_script_letter(points[i].value)) { ++i; continue; }
      const size_t b = i;
      while (i < points.size() && is_script_letter(points[i].value)) ++i;
      source_words.insert(std::string_view(source).substr(points[b].offset, points[i - 1].offset + points[i - 1].length - points[b].offset));
    }
  }
  const auto points = code_points(text);
  size_t foreign = 0, foreign_words = 0;
  UScriptCode foreign_script = USCRIPT_INVALID_CODE;
  std::string_view sample;
  for (size_t i = 0; i < points.size();) {
    if (!is_script_letter(points[i].value)) { ++i; continue; }
    const size_t b = i;
    bool native = false;
    UScriptCode other = USCRIPT_INVALID_CODE;
    for (; i < points.size() && is_script_letter(points[i].value); ++i) {
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode sc = uscript_getScript(static_cast<UChar32>(points[i].value), &status);
      if (sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED) continue;
      if (locale.uses_script(sc) || locale.exemplars().contains(static_cast<UChar32>(points[i].value))) native = true;
      else other = sc;
    }
    if (native) return;  // one word in the locale's script is enough
    const std::string_view word = std::string_view(text).substr(points[b].offset, points[i - 1].offset + points[i - 1].length - points[b].offset);
    if (other == USCRIPT_INVALID_CODE || source_words.count(word)) continue;
    foreign += i - b;
    ++foreign_words;
    foreign_script = other;
    if (sample.empty()) sample = word;
  }
  if (foreign < 8 || foreign_words < 2) return;  // a stray word or symbol is no translation
  std::string expected;
  for (UScriptCode sc : locale.scripts())
    expected += (expected.empty() ? "" : "/") + std::string(uscript_getName(sc));
  out.add(m, "the translation has no " + expected + " letters for " + locale.id() + " but " +
                 uscript_getName(foreign_script) + " words such as " + quote(sample));
}

std::string script_cause(const CheckScope& scope) {
  const CatalogLocale& locale = scope.locale;
  std::map<UScriptCode, size_t> letters;
  for (const Message& m : scope.catalog.messages) {
    if (!has_checked_pairs(m)) continue;
    for (const std::string& text : m.msgstr)
      for (size_t pos = 0; pos < text.size();) {
        const char32_t c = next_code_point(text, pos);
        if (!is_script_letter(c)) continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode sc = uscript_getScript(static_cast<UChar32>(c), &status);
        if (sc != USCRIPT_COMMON && sc != USCRIPT_INHERITED && !locale.uses_script(sc)) ++letters[sc];
      }
  }
  std::string expected;
  for (UScriptCode sc : locale.scripts())
    expected += (expected.empty() ? "" : "/") + std::string(uscript_getName(sc));
  if (letters.empty()) return "most translations have no " + expected + " letters for " + locale.id();
  const auto top = std::max_element(letters.begin(), letters.end(),
                                    [](const auto& a, const auto& b) { return a.second < b.second; });
  const std::string name = uscript_getName(top->first);
  std::string modifier = name;  // gettext's script modifier: sr@latin, uz@cyrillic
  for (char& c : modifier) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string suggestion = std::string(locale.locale().getLanguage());
  if (const std::string_view country = locale.locale().getCountry(); !country.empty()) suggestion += "_" + std::string(country);
  suggestion += "@" + modifier;
  return "the translations are in " + name + " script, but Language '" + locale.id() + "' is written in " + expected +
         ": is the catalog " + suggestion + " (Language: " + suggestion + ")?";
}

}  // namespace xloc::checks
