// Implements parse_java_format (format_languages.h): java.text.MessageFormat
// as gettext 0.21 reads it. Text may quote: '' is a quote, '...' a literal
// section (braces inside are text). An element is {N}, {N,type} or
// {N,type,style}, type one of number, date, time, choice (lower case); the
// style runs to the matching '}' (quotes and nested braces respected). A
// number style is integer, currency, percent or a DecimalFormat pattern; a
// choice style is limit#message|limit<message|..., each message itself a
// MessageFormat whose elements are arguments too. Argument types: plain
// {N} (taking the type of another, typed use of N), number (number and
// choice) and date (date and time); one argument used with two types, a lone '}' or an unclosed element is invalid.
#include "check/format_languages.h"

namespace xloc {
namespace {

class MessageFormatParser {
 public:
  explicit MessageFormatParser(std::string_view s) : s_(s) {}

  Result<FormatSpec> parse() {
    if (auto e = message(s_)) return *e;
    return spec_;
  }

 private:
  // The style of an element from i (after its second ','): up to the '}'
  // that closes the element. Sets i past that '}'; false if there is none.
  static bool read_style(std::string_view s, size_t& i, std::string_view& style) {
    const size_t begin = i;
    int depth = 0;
    for (; i < s.size(); ++i) {
      if (s[i] == '\'') {
        const size_t close = s.find('\'', i + 1);
        if (close == std::string_view::npos) return false;
        i = close;
      } else if (s[i] == '{') {
        ++depth;
      } else if (s[i] == '}') {
        if (depth-- == 0) {
          style = s.substr(begin, i - begin);
          ++i;
          return true;
        }
      }
    }
    return false;
  }

  static bool number_style(std::string_view style) {
    if (style == "integer" || style == "currency" || style == "percent") return true;
    if (style.empty()) return false;
    for (size_t i = 0; i < style.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(style[i]);
      if (c == '\'') {
        const size_t close = style.find('\'', i + 1);
        if (close == std::string_view::npos) return false;
        i = close;
      } else if (!ascii_digit(static_cast<char>(c)) && std::string_view("#,.;%E-+() ").find(static_cast<char>(c)) == std::string_view::npos &&
                 c < 0x80) {
        return false;  // ASCII letters and other syntax; non-ASCII (‰, ¤, currency signs) is allowed
      }
    }
    return true;
  }

  std::optional<Error> choice_style(std::string_view style) {
    size_t begin = 0;
    for (size_t i = 0; i <= style.size(); ++i) {
      if (i < style.size() && style[i] == '\'') {
        const size_t close = style.find('\'', i + 1);
        if (close == std::string_view::npos) return format_error(style, "unterminated quote in a choice");
        i = close;
        continue;
      }
      if (i < style.size() && style[i] == '{') {  // a nested element: skip to its end
        size_t j = i + 1;
        std::string_view inner;
        if (!read_style(style, j, inner)) return format_error(style, "unclosed '{' in a choice");
        i = j - 1;
        continue;
      }
      if (i < style.size() && style[i] != '|') continue;
      const std::string_view part = style.substr(begin, i - begin);
      begin = i + 1;
      size_t sep = part.find_first_of("#<");
      const size_t le = part.find("\xE2\x89\xA4");  // U+2264 LESS-THAN OR EQUAL TO
      size_t skip = 1;
      if (le != std::string_view::npos && (sep == std::string_view::npos || le < sep)) sep = le, skip = 3;
      if (sep == std::string_view::npos) {
        if (style.find('|') != std::string_view::npos)
          return format_error(part, "a choice needs limit#message");
        continue;
      }
      if (auto e = message(part.substr(sep + skip))) return e;
    }
    return std::nullopt;
  }

  std::optional<Error> add(std::string_view key_digits, std::string type, std::string_view directive) {
    size_t b = 0;
    while (b + 1 < key_digits.size() && key_digits[b] == '0') ++b;
    const std::string key(key_digits.substr(b));
    auto [it, inserted] = spec_.arguments.emplace(key, FormatArgument{type, std::string(directive)});
    if (inserted || it->second.type == type || type == "plain") return std::nullopt;
    if (it->second.type == "plain") {  // {N} formats any value: a typed use of N says which
      it->second = FormatArgument{type, std::string(directive)};
      return std::nullopt;
    }
    return format_error(directive, "argument {" + key + "} is used with two types");
  }

  std::optional<Error> message(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\'') {
        if (i + 1 < s.size() && s[i + 1] == '\'') {
          ++i;
          continue;
        }
        const size_t close = s.find('\'', i + 1);
        if (close == std::string_view::npos) return std::nullopt;  // quoted to the end
        i = close;
        continue;
      }
      if (s[i] == '}') return format_error("}", "a lone '}'");
      if (s[i] != '{') continue;
      const size_t start = i++;
      auto bad = [&](std::string why) { return format_error(s.substr(start, std::min(i + 1, s.size()) - start), why); };
      const size_t index_begin = i;
      while (i < s.size() && ascii_digit(s[i])) ++i;
      if (i == index_begin) return bad("an element needs an argument number");
      const std::string_view index = s.substr(index_begin, i - index_begin);
      if (i < s.size() && s[i] == '}') {
        if (auto e = add(index, "plain", s.substr(start, i + 1 - start))) return e;
        continue;
      }
      if (i >= s.size() || s[i] != ',') return bad("expected ',' or '}'");
      const size_t type_begin = ++i;
      while (i < s.size() && s[i] != ',' && s[i] != '}') ++i;
      const std::string_view type = s.substr(type_begin, i - type_begin);
      if (type != "number" && type != "date" && type != "time" && type != "choice")
        return bad("unknown element type '" + std::string(type) + "'");
      if (i >= s.size()) return bad("the element is not closed");
      std::string_view style;
      bool has_style = false;
      if (s[i] == ',') {
        ++i;
        if (!read_style(s, i, style)) return bad("the element is not closed");
        has_style = true;
        --i;
      }
      const std::string_view directive = s.substr(start, i + 1 - start);
      if (type == "number" && has_style && !number_style(style)) return bad("invalid number style '" + std::string(style) + "'");
      if (type == "choice" && has_style)
        if (auto e = choice_style(style)) return e;
      const std::string kind = type == "date" || type == "time" ? "date" : "number";
      if (auto e = add(index, kind, directive)) return e;
    }
    return std::nullopt;
  }

  std::string_view s_;
  FormatSpec spec_;
};

}  // namespace

Result<FormatSpec> parse_java_format(std::string_view s) { return MessageFormatParser(s).parse(); }

}  // namespace xloc
