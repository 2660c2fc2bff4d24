// Implements parse_java_printf_format (format_languages.h):
// java.util.Formatter as gettext 0.21 reads it:
// %[N$ | <][flags -#+ 0,(][width][.precision]conversion. Unnumbered
// directives take 1, 2, ... whatever numbered ones say; %<x reuses the
// previous directive's argument. %n and %% take none. Types: b B h H s S
// general, c C character, d o x X integer (no precision), e E f g G a A
// number, t/T + a date/time conversion date; one argument with two types
// is invalid.
#include "check/format_languages.h"

namespace xloc {
namespace {

std::string java_printf_type(char c) {
  if (std::string_view("bBhHsS").find(c) != std::string_view::npos) return "general";
  if (c == 'c' || c == 'C') return "character";
  if (std::string_view("doxX").find(c) != std::string_view::npos) return "integer";
  if (std::string_view("eEfgGaA").find(c) != std::string_view::npos) return "number";
  return "";
}

}  // namespace

Result<FormatSpec> parse_java_printf_format(std::string_view s) {
  FormatSpec spec;
  unsigned next = 1, previous = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') continue;
    const size_t start = i++;
    auto bad = [&](std::string why) { return format_error(s.substr(start, std::min(i + 1, s.size()) - start), why); };
    if (i < s.size() && (s[i] == '%' || s[i] == 'n')) continue;
    bool relative = false;
    if (at_argument_number_zero(s, i)) return bad("argument numbers start at 1");
    unsigned position = read_argument_number(s, i);
    if (position == 0 && i < s.size() && s[i] == '<') {
      if (previous == 0) return bad("'%<' has no previous argument");
      relative = true;
      ++i;
    }
    while (i < s.size() && std::string_view("-#+ 0,(").find(s[i]) != std::string_view::npos) ++i;
    while (i < s.size() && ascii_digit(s[i])) ++i;
    bool precision = false;
    if (i < s.size() && s[i] == '.') {
      ++i;
      if (i >= s.size() || !ascii_digit(s[i])) return bad("'.' needs a precision");
      while (i < s.size() && ascii_digit(s[i])) ++i;
      precision = true;
    }
    if (i >= s.size()) return bad("the directive is not finished");
    std::string type;
    if (s[i] == 't' || s[i] == 'T') {
      ++i;
      if (i >= s.size() || std::string_view("HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc").find(s[i]) == std::string_view::npos)
        return bad("unknown date/time conversion");
      type = "date";
    } else {
      type = java_printf_type(s[i]);
      if (type.empty()) return bad("unknown conversion '" + std::string(1, s[i]) + "'");
      if (precision && (type == "integer" || type == "character")) return bad("a precision on an integer or character");
    }
    const unsigned n = relative ? previous : position ? position : next++;
    previous = n;
    const std::string key = std::to_string(n);
    auto [it, inserted] = spec.arguments.emplace(key, FormatArgument{type, std::string(s.substr(start, i + 1 - start))});
    if (!inserted && it->second.type != type) return bad("argument " + key + " is used with two types");
  }
  return spec;
}

}  // namespace xloc
