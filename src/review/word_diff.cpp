#include "review/word_diff.h"

#include <vector>

#include "review/inline_markup_html.h"

namespace xloc {
namespace {

// Words with the spaces that follow them, so the output keeps the spacing.
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    words.push_back(text.substr(start, i - start));
  }
  return words;
}

std::string_view trimmed(std::string_view w) {
  while (!w.empty() && (w.back() == ' ' || w.back() == '\n' || w.back() == '\t')) w.remove_suffix(1);
  return w;
}

}  // namespace

std::string word_diff_html(std::string_view before, std::string_view after) {
  const auto a = words_of(before), b = words_of(after);
  if (a.size() > kMaxDiffWords || b.size() > kMaxDiffWords)
    return "<del>" + escape_html(before) + "</del> <ins>" + escape_html(after) + "</ins>";
  // lcs[i][j]: common words of a[i..] and b[j..], compared without spacing.
  std::vector<std::vector<unsigned>> lcs(a.size() + 1, std::vector<unsigned>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;)
    for (size_t j = b.size(); j-- > 0;)
      lcs[i][j] = trimmed(a[i]) == trimmed(b[j]) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::string out;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && trimmed(a[i]) == trimmed(b[j])) {
      out += escape_html(b[j]);
      ++i, ++j;
    } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
      out += "<del>" + escape_html(a[i++]) + "</del>";  // removals first, as a reader expects
    } else {
      out += "<ins>" + escape_html(b[j++]) + "</ins>";
    }
  }
  return out;
}

}  // namespace xloc
