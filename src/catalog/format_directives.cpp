#include "catalog/format_directives.h"

#include <cstring>

namespace xloc {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Skips "digits$" at `i` if present.
void skip_argument_number(std::string_view s, size_t& i) {
  size_t j = i;
  while (j < s.size() && is_digit(s[j])) ++j;
  if (j > i && j < s.size() && s[j] == '$') i = j + 1;
}

// Skips "*" or "*digits$" or "digits".
void skip_number_or_star(std::string_view s, size_t& i) {
  if (i < s.size() && s[i] == '*') {
    ++i;
    skip_argument_number(s, i);
    return;
  }
  while (i < s.size() && is_digit(s[i])) ++i;
}

}  // namespace

std::vector<DirectiveSpan> c_format_directives(std::string_view s) {
  std::vector<DirectiveSpan> spans;
  size_t i = 0;
  while ((i = s.find('%', i)) != std::string_view::npos) {
    const size_t begin = i++;
    if (i < s.size() && s[i] == '%') {
      spans.push_back({begin, ++i});
      continue;
    }
    skip_argument_number(s, i);
    while (i < s.size() && std::strchr("-+ #0'I", s[i]) != nullptr && s[i] != '\0') ++i;
    skip_number_or_star(s, i);
    if (i < s.size() && s[i] == '.') {
      ++i;
      skip_number_or_star(s, i);
    }
    // Size modifiers: hh h ll l L q j z Z t.
    while (i < s.size() && std::strchr("hlLqjzZt", s[i]) != nullptr && s[i] != '\0') ++i;
    if (i >= s.size()) break;
    if (s[i] == '<') {  // <PRId64> and friends
      const size_t close = s.find('>', i);
      if (close == std::string_view::npos) break;
      i = close + 1;
    } else if (std::strchr("diouxXfFeEgGaAcCsSpnm", s[i]) != nullptr && s[i] != '\0') {
      ++i;
    } else {
      break;
    }
    spans.push_back({begin, i});
  }
  return spans;
}

}  // namespace xloc
