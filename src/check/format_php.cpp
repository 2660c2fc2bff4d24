// Implements parse_php_format (format_languages.h): PHP's sprintf as
// gettext 0.21 reads it: %[N$][flags][width][.precision][l]conversion,
// flags '-', ' ', '0' and "'c" (padding character). Unnumbered directives
// take arguments 1, 2, ... whatever numbered ones say, so the two may mix;
// one argument used with two types is invalid. Types: b d o u x X
// integer, c character, e f F number, s string.
#include "check/format_languages.h"

namespace xloc {
namespace {

std::string php_type(char c) {
  if (std::string_view("bdouxX").find(c) != std::string_view::npos) return "integer";
  if (c == 'c') return "character";
  if (std::string_view("efF").find(c) != std::string_view::npos) return "number";
  if (c == 's') return "string";
  return "";
}

}  // namespace

Result<FormatSpec> parse_php_format(std::string_view s) {
  FormatSpec spec;
  unsigned next = 1;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') continue;
    const size_t start = i++;
    if (i < s.size() && s[i] == '%') continue;
    auto bad = [&](std::string why) { return format_error(s.substr(start, std::min(i + 1, s.size()) - start), why); };
    if (at_argument_number_zero(s, i)) return bad("argument numbers start at 1");
    const unsigned position = read_argument_number(s, i);
    for (;;) {
      if (i < s.size() && (s[i] == '-' || s[i] == ' ' || s[i] == '0')) ++i;
      else if (i + 1 < s.size() && s[i] == '\'') i += 2;
      else break;
    }
    while (i < s.size() && ascii_digit(s[i])) ++i;
    if (i < s.size() && s[i] == '.') {
      ++i;
      if (i >= s.size() || !ascii_digit(s[i])) return bad("'.' needs a precision");
      while (i < s.size() && ascii_digit(s[i])) ++i;
    }
    if (i < s.size() && s[i] == 'l') ++i;
    if (i >= s.size()) return bad("the directive is not finished");
    const std::string type = php_type(s[i]);
    if (type.empty()) return bad("unknown conversion '" + std::string(1, s[i]) + "'");
    const std::string key = std::to_string(position ? position : next++);
    FormatArgument arg{type, std::string(s.substr(start, i + 1 - start))};
    auto [it, inserted] = spec.arguments.emplace(key, arg);
    if (!inserted && it->second.type != type) return bad("argument " + key + " is used with two types");
  }
  return spec;
}

}  // namespace xloc
