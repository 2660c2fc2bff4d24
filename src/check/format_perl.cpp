// Implements parse_perl_format (format_languages.h): Perl's sprintf as
// gettext 0.21 reads it: %[N$][flags -+ #0][v or *v][width][.precision]
// [size h l ll q L V]conversion; '*' takes an integer argument (and '*v'
// the join string). Unnumbered directives take 1, 2, ... whatever numbered
// ones say. Types: d i signed and u o x X b B unsigned integers of the
// size, D U O (long, Perl's synonyms, each its own), c character, s
// string, p pointer, n count, e E f F g G number (L: long double); a
// vector flag makes a type of its own.
#include "check/format_languages.h"

namespace xloc {
Result<FormatSpec> parse_perl_format(std::string_view s) {
  FormatSpec spec;
  unsigned next = 1;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') continue;
    const size_t start = i++;
    if (i < s.size() && s[i] == '%') continue;
    auto bad = [&](std::string why) { return format_error(s.substr(start, std::min(i + 1, s.size()) - start), why); };
    auto add = [&](unsigned position, std::string type) -> std::optional<Error> {
      const std::string key = std::to_string(position ? position : next++);
      FormatArgument arg{std::move(type), std::string(s.substr(start, std::min(i + 1, s.size()) - start))};
      auto [it, inserted] = spec.arguments.emplace(key, arg);
      if (!inserted && it->second.type != arg.type) return bad("argument " + key + " is used with two types");
      return std::nullopt;
    };
    const unsigned position = read_argument_number(s, i);
    while (i < s.size() && std::string_view("-+ #0").find(s[i]) != std::string_view::npos) ++i;
    bool vector = false;
    if (i < s.size() && s[i] == 'v') {
      vector = true;
      ++i;
    } else if (i + 1 < s.size() && s[i] == '*' && s[i + 1] == 'v') {
      i += 2;
      if (auto e = add(0, "string")) return *e;
      vector = true;
    }
    for (int part = 0; part < 2; ++part) {
      if (part == 1) {
        if (i >= s.size() || s[i] != '.') break;
        ++i;
      }
      if (i < s.size() && s[i] == '*') {
        ++i;
        const unsigned star = read_argument_number(s, i);
        if (auto e = add(star, "int")) return *e;
      } else {
        while (i < s.size() && ascii_digit(s[i])) ++i;
      }
    }
    std::string size;
    if (i + 1 < s.size() && s[i] == 'l' && s[i + 1] == 'l') size = "long long", i += 2;
    else if (i < s.size() && (s[i] == 'q' || s[i] == 'L')) size = s[i] == 'q' ? "long long" : "L", ++i;
    else if (i < s.size() && s[i] == 'l') size = "long", ++i;
    else if (i < s.size() && s[i] == 'h') size = "short", ++i;
    else if (i < s.size() && s[i] == 'V') size = "IV", ++i;
    if (i >= s.size()) return bad("the directive is not finished");
    const char c = s[i];
    std::string type;
    const std::string integer_size = size == "L" ? "long long" : size;
    if (c == 'd' || c == 'i') type = integer_size + (integer_size.empty() ? "" : " ") + "int";
    else if (std::string_view("uoxXbB").find(c) != std::string_view::npos)
      type = integer_size + (integer_size.empty() ? "" : " ") + "unsigned int";
    else if (c == 'D' || c == 'U' || c == 'O') type = std::string("%") + c;
    else if (std::string_view("eEfFgG").find(c) != std::string_view::npos) type = size == "L" ? "long double" : "double";
    else if (c == 'c') type = "char";
    else if (c == 's') type = "string";
    else if (c == 'p') type = "pointer";
    else if (c == 'n') type = "count";
    else return bad("unknown conversion '" + std::string(1, c) + "'");
    if (vector) type = "vector of " + type;
    if (auto e = add(position, type)) return *e;
  }
  return spec;
}

}  // namespace xloc
