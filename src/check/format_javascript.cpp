// Implements parse_javascript_format (format_languages.h): the printf-like
// directives of JavaScript gettext libraries as gettext 0.21 reads them:
// %[N$][flags -+ 0][width][.precision]conversion, numbered or unnumbered
// but not both. Types: b d o x X integer, c character, f number, s
// string, j any value (JSON); a plural form may use %j for a typed value.
#include "check/format_languages.h"

namespace xloc {
namespace {

std::string javascript_type(char c) {
  if (std::string_view("bdoxX").find(c) != std::string_view::npos) return "integer";
  if (c == 'c') return "character";
  if (c == 'f') return "number";
  if (c == 's') return "string";
  if (c == 'j') return "any";  // JSON.stringify: any value
  return "";
}

}  // namespace

Result<FormatSpec> parse_javascript_format(std::string_view s) {
  FormatSpec spec;
  unsigned next = 1;
  bool numbered = false, unnumbered = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') continue;
    const size_t start = i++;
    if (i < s.size() && s[i] == '%') continue;
    auto bad = [&](std::string why) { return format_error(s.substr(start, std::min(i + 1, s.size()) - start), why); };
    if (at_argument_number_zero(s, i)) return bad("argument numbers start at 1");
    const unsigned position = read_argument_number(s, i);
    while (i < s.size() && std::string_view("-+ 0").find(s[i]) != std::string_view::npos) ++i;
    while (i < s.size() && ascii_digit(s[i])) ++i;
    if (i < s.size() && s[i] == '.') {
      ++i;
      while (i < s.size() && ascii_digit(s[i])) ++i;
    }
    if (i >= s.size()) return bad("the directive is not finished");
    const std::string type = javascript_type(s[i]);
    if (type.empty()) return bad("unknown conversion '" + std::string(1, s[i]) + "'");
    (position ? numbered : unnumbered) = true;
    if (numbered && unnumbered) return bad("numbered and unnumbered arguments are mixed");
    const std::string key = std::to_string(position ? position : next++);
    auto [it, inserted] = spec.arguments.emplace(key, FormatArgument{type, std::string(s.substr(start, i + 1 - start))});
    if (!inserted && it->second.type != type) return bad("argument " + key + " is used with two types");
  }
  return spec;
}

}  // namespace xloc
