#include "its/locale_filter.h"

#include <vector>

namespace xloc::its {
namespace {

bool is_filter_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view filter_trimmed(std::string_view s) {
  while (!s.empty() && is_filter_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_filter_space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> language_subtags(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    // gettext-style "pt_BR" is read as "pt-BR".
    const size_t dash = s.find_first_of("-_", start);
    out.push_back(s.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start));
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }
  return out;
}

bool subtags_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

}  // namespace

bool extended_filter_matches(std::string_view range, std::string_view tag) {
  range = filter_trimmed(range);
  tag = filter_trimmed(tag);
  if (range.empty() || tag.empty()) return false;
  const std::vector<std::string_view> r = language_subtags(range), t = language_subtags(tag);
  // RFC 4647 3.3.2: the first language_subtags match, or the range's is "*".
  if (r[0] != "*" && !subtags_equal(r[0], t[0])) return false;
  size_t i = 1, j = 1;
  while (i < r.size()) {
    if (r[i] == "*") {
      ++i;
    } else if (j >= t.size()) {
      return false;
    } else if (subtags_equal(r[i], t[j])) {
      ++i;
      ++j;
    } else if (t[j].size() == 1) {  // a singleton ends the part a range can skip
      return false;
    } else {
      ++j;
    }
  }
  return true;
}

bool locale_passes_filter(std::string_view filter_list, bool exclude, std::string_view tag) {
  bool matched = false;
  size_t start = 0;
  while (!matched && start <= filter_list.size()) {
    size_t comma = filter_list.find(',', start);
    if (comma == std::string_view::npos) comma = filter_list.size();
    matched = extended_filter_matches(filter_list.substr(start, comma - start), tag);
    start = comma + 1;
  }
  return exclude ? !matched : matched;
}

bool filter_passes_no_locale(std::string_view filter_list, bool exclude) {
  filter_list = filter_trimmed(filter_list);
  return exclude ? filter_list == "*" : filter_list.empty();
}

}  // namespace xloc::its
