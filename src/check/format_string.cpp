#include "check/format_string.h"

#include <cctype>
#include <vector>

namespace xloc {
namespace {

Error invalid(std::string_view directive, std::string why) {
  return Error{"invalid-directive", "invalid format directive '" + std::string(directive) + "': " + why,
               std::string(directive), {}};
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// Reads "N$" at i; returns N or 0.
unsigned read_position(std::string_view s, size_t& i) {
  size_t j = i;
  unsigned n = 0;
  while (j < s.size() && digit(s[j])) n = n * 10 + static_cast<unsigned>(s[j++] - '0');
  if (j > i && j < s.size() && s[j] == '$' && n > 0) {
    i = j + 1;
    return n;
  }
  return 0;
}

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

Result<FormatSpec> parse_c_format(std::string_view s) {
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
        return invalid(s.substr(start, end - start), "numbered and unnumbered arguments are mixed");
      const unsigned n = pos ? pos : next++;
      const std::string key = std::to_string(n);
      FormatArgument arg{std::move(type), std::string(s.substr(start, end - start))};
      auto [it, inserted] = spec.arguments.emplace(key, arg);
      if (!inserted && it->second.type != arg.type)
        return invalid(arg.directive, "argument " + key + " is used with two types");
      return std::nullopt;
    };
    const unsigned position = read_position(s, i);
    while (i < s.size() && std::string_view("-+ #0'I").find(s[i]) != std::string_view::npos) ++i;
    // Width and precision, possibly '*' or '*N$' (an int argument).
    for (int part = 0; part < 2; ++part) {
      if (part == 1) {
        if (i >= s.size() || s[i] != '.') break;
        ++i;
      }
      if (i < s.size() && s[i] == '*') {
        ++i;
        const unsigned star = read_position(s, i);
        if (auto e = add(star, "int", i)) return *e;
      } else {
        while (i < s.size() && digit(s[i])) ++i;
      }
    }
    size_t size_begin = i;
    while (i < s.size() && std::string_view("hlLqjzt").find(s[i]) != std::string_view::npos) ++i;
    std::string size(s.substr(size_begin, i - size_begin));
    if (size == "hh" || size == "h") size = size == "h" ? "short" : "char";
    else if (size == "ll" || size == "q") size = "long long";
    else if (size == "l") size = "l";
    if (i >= s.size()) return invalid(s.substr(start), "the directive is not finished");
    const char conversion = s[i];
    if (conversion == 'm') continue;  // glibc: strerror(errno), no argument
    if (conversion == '<') {          // <inttypes.h> macros as msgfmt knows them: %<PRId64>
      const size_t close = s.find('>', i);
      if (close == std::string_view::npos) return invalid(s.substr(start), "unterminated '<'");
      const std::string_view macro = s.substr(i + 1, close - i - 1);
      i = close;
      if (auto e = add(position, std::string(macro.substr(0, 4)) + std::string(macro.substr(4)), i + 1)) return *e;
      continue;
    }
    std::string type = c_type(size == "l" ? "long" : size, conversion);
    if (conversion == 'c' || conversion == 's') type = c_type(size, conversion);
    if (type.empty()) return invalid(s.substr(start, i + 1 - start), "unknown conversion '" + std::string(1, conversion) + "'");
    if (auto e = add(position, type, i + 1)) return *e;
  }
  return spec;
}

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
      const size_t close = s.find(')', i);
      if (close == std::string_view::npos) return invalid(s.substr(start), "unterminated '('");
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
        if (!name.empty()) return invalid(s.substr(start, i + 1 - start), "'*' with a named argument");
        spec.arguments.emplace(std::to_string(next++), FormatArgument{"int", "*"});
        unnamed = true;
        ++i;
      } else {
        while (i < s.size() && digit(s[i])) ++i;
      }
    }
    while (i < s.size() && std::string_view("hlL").find(s[i]) != std::string_view::npos) ++i;
    if (i >= s.size()) return invalid(s.substr(start), "the directive is not finished");
    const char c = s[i];
    std::string type;
    if (std::string_view("diouxX").find(c) != std::string_view::npos) type = "integer";
    else if (std::string_view("eEfFgG").find(c) != std::string_view::npos) type = "number";
    else if (c == 'c') type = "character";
    else if (c == 's' || c == 'r' || c == 'a') type = "any";
    else return invalid(s.substr(start, i + 1 - start), "unknown conversion '" + std::string(1, c) + "'");
    const std::string directive(s.substr(start, i + 1 - start));
    if (name.empty()) {
      unnamed = true;
      spec.arguments.emplace(std::to_string(next++), FormatArgument{type, directive});
    } else {
      spec.named = true;
      auto [it, inserted] = spec.arguments.emplace(name, FormatArgument{type, directive});
      if (!inserted && it->second.type != type)
        return invalid(directive, "argument '" + name + "' is used with two types");
    }
    if (spec.named && unnamed) return invalid(directive, "named and unnamed arguments are mixed");
  }
  return spec;
}

std::optional<std::string> compare_format_specs(const FormatSpec& source, const FormatSpec& translation,
                                                bool strict) {
  if (source.arguments.size() && translation.arguments.size() && source.named != translation.named)
    return source.named ? "the source uses named arguments but the translation does not"
                        : "the translation uses named arguments but the source does not";
  auto label = [&](const std::string& key) { return source.named ? "'" + key + "'" : key; };
  for (const auto& [key, arg] : translation.arguments) {
    auto it = source.arguments.find(key);
    if (it == source.arguments.end())
      return "'" + arg.directive + "' in the translation has no argument " + label(key) + " in the source";
    if (it->second.type != arg.type)
      return "argument " + label(key) + " is '" + it->second.directive + "' (" + it->second.type +
             ") in the source but '" + arg.directive + "' (" + arg.type + ") in the translation";
  }
  if (strict)
    for (const auto& [key, arg] : source.arguments)
      if (!translation.arguments.count(key))
        return "argument " + label(key) + " ('" + arg.directive + "') of the source is missing from the translation";
  return std::nullopt;
}

}  // namespace xloc
