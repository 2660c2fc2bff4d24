// Implements parse_gcc_internal_format (format_languages.h): the
// directives of GCC's diagnostic functions as gettext 0.21 reads them:
// %[N$][flags q + #][.precision | .*][size l ll w]conversion, numbered or
// unnumbered but not both, no width. Types: d i signed and o u x unsigned
// integers of the size, c character, s string, p pointer, and GCC's own
// D E F T V (trees), H J K (locations), C L (Fortran), each a type of its
// own. %<, %>, %' and %% take no argument; %m (errno's text) takes none
// but must be used on both sides or neither.
#include "check/format_languages.h"

namespace xloc {
Result<FormatSpec> parse_gcc_internal_format(std::string_view s) {
  FormatSpec spec;
  unsigned next = 1;
  bool numbered = false, unnumbered = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') continue;
    const size_t start = i++;
    auto bad = [&](std::string why) { return format_error(s.substr(start, std::min(i + 1, s.size()) - start), why); };
    auto add = [&](unsigned position, std::string type) -> std::optional<Error> {
      (position ? numbered : unnumbered) = true;
      if (numbered && unnumbered) return bad("numbered and unnumbered arguments are mixed");
      const std::string key = std::to_string(position ? position : next++);
      FormatArgument arg{std::move(type), std::string(s.substr(start, std::min(i + 1, s.size()) - start))};
      auto [it, inserted] = spec.arguments.emplace(key, arg);
      if (!inserted && it->second.type != arg.type) return bad("argument " + key + " is used with two types");
      return std::nullopt;
    };
    if (i < s.size() && std::string_view("%<>'").find(s[i]) != std::string_view::npos) continue;
    if (i < s.size() && s[i] == 'm') {
      spec.arguments.emplace("m", FormatArgument{"errno text", "%m", true});
      continue;
    }
    const unsigned position = read_argument_number(s, i);
    while (i < s.size() && (s[i] == 'q' || s[i] == '+' || s[i] == '#')) ++i;
    if (i < s.size() && s[i] == '.') {
      ++i;
      if (i < s.size() && s[i] == '*') {
        ++i;
        if (position) return bad("'.*' with a numbered argument");
        if (auto e = add(0, "int")) return *e;
      } else {
        if (i >= s.size() || !ascii_digit(s[i])) return bad("'.' needs a precision");
        while (i < s.size() && ascii_digit(s[i])) ++i;
      }
    }
    std::string size;
    if (i < s.size() && s[i] == 'w') size = "wide ", ++i;
    else if (i + 1 < s.size() && s[i] == 'l' && s[i + 1] == 'l') size = "long long ", i += 2;
    else if (i < s.size() && s[i] == 'l') size = "long ", ++i;
    if (i >= s.size()) return bad("the directive is not finished");
    const char c = s[i];
    std::string type;
    if (c == 'd' || c == 'i') type = size + "int";
    else if (c == 'o' || c == 'u' || c == 'x') type = size + "unsigned int";
    else if (c == 'c' || c == 's' || c == 'p') type = size + (c == 'c' ? "char" : c == 's' ? "string" : "pointer");
    else if (size.empty() && std::string_view("DEFTVHJKCL").find(c) != std::string_view::npos) type = std::string("%") + c + " operand";
    else return bad("unknown conversion '" + std::string(1, c) + "'");
    if (auto e = add(position, type)) return *e;
  }
  return spec;
}

}  // namespace xloc
