// Check "double-words": the same word twice in a row ("the the"),
// separated by one space, in the translation, unless the source repeats
// it too. Words are runs of letters, digits and marks (ICU properties),
// compared case-insensitively; numbers and one-letter words don't count.
#include <unicode/uchar.h>

#include <optional>

#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {
namespace {

bool is_word_char(char32_t c) {
  const auto uc = static_cast<UChar32>(c);
  return u_isalnum(uc) || (U_GET_GC_MASK(uc) & U_GC_M_MASK);
}

std::optional<std::string> find_double(std::string_view text) {
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
      word += static_cast<char32_t>(u_foldCase(static_cast<UChar32>(points[i++].value), U_FOLD_CASE_DEFAULT));
    if (word == previous && word.size() > 1 && !u_isdigit(static_cast<UChar32>(word[0])))
      return std::string(text.substr(points[start].offset, points[i - 1].offset + points[i - 1].length -
                                                               points[start].offset));
    previous = std::move(word);
  }
  return std::nullopt;
}

}  // namespace

void double_words(const Message& m, const TextPair& pair, const CheckScope&, Findings& out) {
  const std::string t = strip_markup(pair.translation);
  auto word = find_double(t);
  if (!word) return;
  if (find_double(strip_markup(pair.source))) return;
  out.add(m, "the word '" + *word + "' is repeated in the translation");
}

}  // namespace xloc::checks
