// Implements parse_csharp_format (format_languages.h): String.Format's
// {index[,alignment][:format]} items, with {{ and }} for literal braces;
// a lone '}' or a malformed item makes the string invalid. .NET passes the
// arguments as one array, so what must agree is their number (the highest
// index + 1), not which indexes are used: the spec records one argument
// per index below that number, and the row compares counts.
#include "check/format_languages.h"

#include <map>

namespace xloc {
Result<FormatSpec> parse_csharp_format(std::string_view s) {
  FormatSpec spec;
  size_t count = 0;
  std::map<size_t, std::string> used;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '}') {
      if (i + 1 < s.size() && s[i + 1] == '}') {
        ++i;
        continue;
      }
      return format_error("}", "a lone '}' (write '}}' for a brace)");
    }
    if (s[i] != '{') continue;
    if (i + 1 < s.size() && s[i + 1] == '{') {
      ++i;
      continue;
    }
    const size_t start = i++;
    auto bad = [&](std::string why) { return format_error(s.substr(start, std::min(i + 1, s.size()) - start), why); };
    if (i >= s.size() || !ascii_digit(s[i])) return bad("an item needs an argument number");
    size_t index = 0;
    while (i < s.size() && ascii_digit(s[i])) index = std::min<size_t>(index * 10 + static_cast<size_t>(s[i++] - '0'), 100000);
    if (i < s.size() && s[i] == ',') {
      ++i;
      if (i < s.size() && s[i] == '-') ++i;
      if (i >= s.size() || !ascii_digit(s[i])) return bad("',' needs an alignment number");
      while (i < s.size() && ascii_digit(s[i])) ++i;
    }
    if (i < s.size() && s[i] == ':')
      while (i < s.size() && s[i] != '}') ++i;
    if (i >= s.size() || s[i] != '}') return bad("the item is not closed");
    count = std::max(count, index + 1);
    used.emplace(index, std::string(s.substr(start, i + 1 - start)));
  }
  for (size_t k = 0; k < count; ++k) {
    auto it = used.find(k);
    spec.arguments.emplace(std::to_string(k), FormatArgument{"", it != used.end() ? it->second : "(unused)"});
  }
  return spec;
}

}  // namespace xloc
