// Implements parse_lua_format (format_languages.h): string.format's
// directives as gettext 0.21 knows them: %[width][.precision]conversion,
// no flags and no numbered arguments, consumed in order. Conversions group
// into argument types: d i o u x X integer, c character, a e E f g G
// number, s string, q quoted string.
#include "check/format_languages.h"

namespace xloc {
namespace {

std::string lua_type(char c) {
  if (std::string_view("dioxXu").find(c) != std::string_view::npos) return "integer";
  if (c == 'c') return "character";
  if (std::string_view("aeEfgG").find(c) != std::string_view::npos) return "number";
  if (c == 's') return "string";
  if (c == 'q') return "quoted string";
  return "";
}

}  // namespace

Result<FormatSpec> parse_lua_format(std::string_view s) {
  FormatSpec spec;
  unsigned next = 1;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') continue;
    const size_t start = i++;
    if (i < s.size() && s[i] == '%') continue;
    while (i < s.size() && ascii_digit(s[i])) ++i;
    if (i < s.size() && s[i] == '.') {
      ++i;
      while (i < s.size() && ascii_digit(s[i])) ++i;
    }
    if (i >= s.size()) return format_error(s.substr(start), "the directive is not finished");
    const std::string type = lua_type(s[i]);
    if (type.empty()) return format_error(s.substr(start, i + 1 - start), "unknown conversion '" + std::string(1, s[i]) + "'");
    spec.arguments.emplace(std::to_string(next++), FormatArgument{type, std::string(s.substr(start, i + 1 - start))});
  }
  return spec;
}

}  // namespace xloc
