// Check "double-words": the same word twice in a row ("the the"),
// separated by one space, in the translation, unless the source repeats
// it too. Words are runs of letters, digits and marks (ICU properties),
// compared exactly ("Sie sie" is German grammar); numbers and one-letter
// words don't count. Only Latin, Cyrillic and Greek words are judged:
// elsewhere (Tamil, Korean, Japanese...) reduplication is grammar. A few
// repeats are grammar in Latin-script languages too ("vous vous
// connectez", "die die Datei", "vul in in het veld"): kGrammatical. For
// the languages nobody listed (Sesotho "ba ba", "le le"), the catalog
// tells: a typo is made once, grammar again and again, so a word doubled
// in kGrammaticalRecurrence or more messages of the catalog is grammar.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <vector>

#include "check/catalog_locale.h"
#include "check/checks.h"
#include "base/utf8.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
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

constexpr size_t kGrammaticalRecurrence = 3;

// "Ba ba" at a sentence's start is the same grammar as "ba ba".
std::string fold(std::string_view word) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))).foldCase().toUTF8String(out);
  return out;
}

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
  std::string_view previous;  // the last word; empty if the gap since was not one space
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next = pos;
    const char32_t c = next_code_point(text, next);
    if (!is_word_char(c)) {
      const bool one_space = c == U' ' && next < text.size() && text[next] != ' ';
      if (!one_space) previous = {};
      pos = next;
      continue;
    }
    const size_t start = pos;
    const char32_t first = c;
    pos = next;
    while (pos < text.size()) {
      next = pos;
      if (!is_word_char(next_code_point(text, next))) break;
      pos = next;
    }
    const std::string_view word = text.substr(start, pos - start);
    if (word == previous && word.size() > 1 && u_isalpha(static_cast<UChar32>(first)) && alphabetic(first)) {
      std::u32string folded;
      for (size_t p = 0; p < word.size();) folded += next_code_point(word, p);
      if (!grammatical(language, folded)) return std::string(word);
    }
    previous = word;
  }
  return std::nullopt;
}

}  // namespace

void double_words(const CheckScope& scope, Findings& out) {
  const std::string_view language = scope.locale.locale().getLanguage();
  struct Found {
    const Message* message;
    std::string word;
  };
  std::vector<Found> found;
  std::map<std::string, size_t> messages_with;  // doubled word -> how many messages double it
  std::string plain;
  for (const Message& m : scope.catalog.messages) {
    if (!has_checked_pairs(m)) continue;
    for (size_t form = 0; form < m.msgstr.size(); ++form) {
      const std::string& t = m.msgstr[form];
      if (t.empty()) continue;
      const bool markup = t.find('<') != std::string::npos;
      if (markup) plain = strip_markup(t);
      auto word = find_double(markup ? std::string_view(plain) : std::string_view(t), language);
      if (!word) continue;
      const std::string_view source = form == 0 || !m.msgid_plural ? std::string_view(m.msgid) : *m.msgid_plural;
      ++messages_with[fold(*word)];
      if (!find_double(strip_markup(source), "en")) found.push_back({&m, *word});
      break;  // one finding per message
    }
  }
  for (const Found& f : found)
    if (messages_with[fold(f.word)] < kGrammaticalRecurrence)
      out.add(*f.message, "the word '" + f.word + "' is repeated in the translation");
}

}  // namespace xloc::checks
