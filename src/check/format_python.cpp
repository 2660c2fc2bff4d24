// Implements parse_python_format (format_languages.h): Python's
// %-operator directives, %(name)s named or %s positional, never both.
#include "check/format_languages.h"

namespace xloc {
namespace {


}  // namespace

Result<FormatSpec> parse_python_format(std::string_view s) {
  FormatSpec spec;
  unsigned next = 1;
  bool unnamed = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') continue;
    const size_t start = i++;
    if (i < s.size() && s[i] == '%') continue;
    std::string name;
    if (i < s.size() && s[i] == '(') {
      // The name runs to the ')' that balances the '(' (Python counts
      // nested parentheses too).
      size_t close = i + 1;
      for (int depth = 1; close < s.size(); ++close) {
        if (s[close] == '(') ++depth;
        else if (s[close] == ')' && --depth == 0) break;
      }
      if (close >= s.size()) return format_error(s.substr(start), "unterminated '('");
      name = std::string(s.substr(i + 1, close - i - 1));
      i = close + 1;
    }
    while (i < s.size() && std::string_view("-+ #0").find(s[i]) != std::string_view::npos) ++i;
    for (int part = 0; part < 2; ++part) {
      if (part == 1) {
        if (i >= s.size() || s[i] != '.') break;
        ++i;
      }
      if (i < s.size() && s[i] == '*') {
        if (!name.empty()) return format_error(s.substr(start, i + 1 - start), "'*' with a named argument");
        spec.arguments.emplace(std::to_string(next++), FormatArgument{"int", "*"});
        unnamed = true;
        ++i;
      } else {
        while (i < s.size() && ascii_digit(s[i])) ++i;
      }
    }
    while (i < s.size() && std::string_view("hlL").find(s[i]) != std::string_view::npos) ++i;
    if (i >= s.size()) return format_error(s.substr(start), "the directive is not finished");
    const char c = s[i];
    std::string type;
    if (std::string_view("diouxX").find(c) != std::string_view::npos) type = "integer";
    else if (std::string_view("eEfFgG").find(c) != std::string_view::npos) type = "number";
    else if (c == 'c') type = "character";
    else if (c == 's' || c == 'r' || c == 'a') type = "any";
    else return format_error(s.substr(start, i + 1 - start), "unknown conversion '" + std::string(1, c) + "'");
    const std::string directive(s.substr(start, i + 1 - start));
    if (name.empty()) {
      unnamed = true;
      spec.arguments.emplace(std::to_string(next++), FormatArgument{type, directive});
    } else {
      spec.named = true;
      auto [it, inserted] = spec.arguments.emplace(name, FormatArgument{type, directive});
      if (!inserted && it->second.type != type)
        return format_error(directive, "argument '" + name + "' is used with two types");
    }
    if (spec.named && unnamed) return format_error(directive, "named and unnamed arguments are mixed");
  }
  return spec;
}

}  // namespace xloc
