// Implements parse_c_format and parse_objc_format (format_languages.h):
// printf directives as glibc and msgfmt know them, with numbered
// arguments (%2$s), * widths, size modifiers and <inttypes.h> macros
// (%<PRId64>); Objective-C adds %@ (an object).
#include "check/format_languages.h"

#include <cctype>
#include <vector>

namespace xloc {
namespace {

std::string c_type(std::string_view size, char conversion) {
  std::string prefix(size);
  switch (conversion) {
    case 'd': case 'i': return prefix + (prefix.empty() ? "" : " ") + "int";
    case 'o': case 'u': case 'x': case 'X': return prefix + (prefix.empty() ? "" : " ") + "unsigned int";
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A':
      return prefix == "L" ? "long double" : "double";
    case 'c': return prefix == "l" ? "wide char" : "char";
    case 's': return prefix == "l" ? "wide string" : "string";
    case 'p': return "pointer";
    case 'n': return "count pointer";
    default: return "";
  }
}

}  // namespace

static Result<FormatSpec> parse_printf(std::string_view s, bool objc) {
  FormatSpec spec;
  unsigned next = 1;
  bool numbered = false, unnumbered = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') continue;
    const size_t start = i++;
    if (i < s.size() && s[i] == '%') continue;
    auto add = [&](unsigned pos, std::string type, size_t end) -> std::optional<Error> {
      (pos ? numbered : unnumbered) = true;
      if (numbered && unnumbered)
        return format_error(s.substr(start, end - start), "numbered and unnumbered arguments are mixed");
      const unsigned n = pos ? pos : next++;
      const std::string key = std::to_string(n);
      FormatArgument arg{std::move(type), std::string(s.substr(start, end - start))};
      auto [it, inserted] = spec.arguments.emplace(key, arg);
      if (!inserted && it->second.type != arg.type)
        return format_error(arg.directive, "argument " + key + " is used with two types");
      return std::nullopt;
    };
    const unsigned position = read_argument_number(s, i);
    while (i < s.size() && std::string_view("-+ #0'I").find(s[i]) != std::string_view::npos) ++i;
    // Width and precision, possibly '*' or '*N$' (an int argument).
    for (int part = 0; part < 2; ++part) {
      if (part == 1) {
        if (i >= s.size() || s[i] != '.') break;
        ++i;
      }
      if (i < s.size() && s[i] == '*') {
        ++i;
        const unsigned star = read_argument_number(s, i);
        if (auto e = add(star, "int", i)) return *e;
      } else {
        while (i < s.size() && ascii_digit(s[i])) ++i;
      }
    }
    size_t size_begin = i;
    while (i < s.size() && std::string_view("hlLqjzt").find(s[i]) != std::string_view::npos) ++i;
    std::string size(s.substr(size_begin, i - size_begin));
    if (size == "hh" || size == "h") size = size == "h" ? "short" : "char";
    else if (size == "ll" || size == "q") size = "long long";
    else if (size == "l") size = "l";
    if (i >= s.size()) return format_error(s.substr(start), "the directive is not finished");
    const char conversion = s[i];
    if (conversion == 'm') continue;  // glibc: strerror(errno), no argument
    if (objc && conversion == '@') {
      if (auto e = add(position, "object", i + 1)) return *e;
      continue;
    }
    if (conversion == '<') {          // <inttypes.h> macros as msgfmt knows them: %<PRId64>
      const size_t close = s.find('>', i);
      if (close == std::string_view::npos) return format_error(s.substr(start), "unterminated '<'");
      const std::string_view macro = s.substr(i + 1, close - i - 1);
      i = close;
      if (auto e = add(position, std::string(macro.substr(0, 4)) + std::string(macro.substr(4)), i + 1)) return *e;
      continue;
    }
    std::string type = c_type(size == "l" ? "long" : size, conversion);
    if (conversion == 'c' || conversion == 's') type = c_type(size, conversion);
    if (type.empty()) return format_error(s.substr(start, i + 1 - start), "unknown conversion '" + std::string(1, conversion) + "'");
    if (auto e = add(position, type, i + 1)) return *e;
  }
  // Numbered arguments must leave none out: printf cannot skip one.
  if (numbered)
    for (unsigned k = 1; k <= spec.arguments.size(); ++k)
      if (!spec.arguments.count(std::to_string(k)))
        return format_error(spec.arguments.rbegin()->second.directive,
                       "argument " + std::to_string(k) + " is never used, but a later one is");
  return spec;
}

Result<FormatSpec> parse_c_format(std::string_view s) { return parse_printf(s, false); }
Result<FormatSpec> parse_objc_format(std::string_view s) { return parse_printf(s, true); }

}  // namespace xloc
