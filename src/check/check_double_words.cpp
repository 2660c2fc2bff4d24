// Check "double-words": the same word twice in a row ("the the"),
// separated by one space, in the translation, unless the source repeats
// it too. Words are runs of letters, digits and marks (ICU properties),
// compared exactly ("Sie sie" is German grammar); numbers and one-letter
// words don't count. Only Latin, Cyrillic and Greek words are judged:
// elsewhere (Tamil, Korean, Japanese...) reduplication is grammar. A few
// repeats are grammar in Latin-script languages too ("vous vous
// connectez", "die die Datei", "vul in in het veld"): kGrammatical.
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <optional>

#include "check/catalog_locale.h"
#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

bool is_word_char(char32_t c) {
  const auto uc = static_cast<UChar32>(c);
  return u_isalnum(uc) || (U_GET_GC_MASK(uc) & U_GC_M_MASK);
}

struct Grammatical {
  std::string_view language;
  std::array<std::u32string_view, 4> words;
};
constexpr std::array<Grammatical, 3> kGrammatical{{
    {"fr", {U"nous", U"vous"}},
    {"de", {U"die", U"der", U"das"}},
    {"nl", {U"in", U"dat", U"die", U"op"}},
}};

bool grammatical(std::string_view language, std::u32string_view word) {
  for (const Grammatical& g : kGrammatical)
    if (g.language == language)
      return std::find(g.words.begin(), g.words.end(), word) != g.words.end();
  return false;
}

bool alphabetic(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode sc = uscript_getScript(static_cast<UChar32>(c), &status);
  return sc == USCRIPT_LATIN || sc == USCRIPT_CYRILLIC || sc == USCRIPT_GREEK;
}

std::optional<std::string> find_double(std::string_view text, std::string_view language) {
  const auto points = code_points(text);
  std::u32string previous;  // the last word, folded; empty if the gap since was not one space
  size_t i = 0;
  while (i < points.size()) {
    if (!is_word_char(points[i].value)) {
      const bool one_space = points[i].value == U' ' &&
                             (i + 1 < points.size() && is_word_char(points[i + 1].value));
      if (!one_space) previous.clear();
      ++i;
      continue;
    }
    const size_t start = i;
    std::u32string word;
    while (i < points.size() && is_word_char(points[i].value))
      word += points[i++].value;
    if (word == previous && word.size() > 1 && u_isalpha(static_cast<UChar32>(word[0])) && alphabetic(word[0]) &&
        !grammatical(language, word))
      return std::string(text.substr(points[start].offset, points[i - 1].offset + points[i - 1].length -
                                                               points[start].offset));
    previous = std::move(word);
  }
  return std::nullopt;
}

}  // namespace

void double_words(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  const std::string t = strip_markup(pair.translation);
  const std::string_view language = scope.locale.locale().getLanguage();
  auto word = find_double(t, language);
  if (!word) return;
  if (find_double(strip_markup(pair.source), "en")) return;
  out.add(m, "the word '" + *word + "' is repeated in the translation");
}

}  // namespace xloc::checks
