// Implements parse_python_brace_format (format_languages.h): str.format()
// fields as gettext 0.21 reads them. A field is {name}, where name is an
// ASCII identifier or a number followed by .attribute and [index] steps,
// optionally :spec; the spec is a standard format spec
// ([[fill]align][sign][#][0][width][.precision][type]) or one nested
// field ({x:{width}}). The argument's key is the whole text between the
// braces, so a changed spec ({n:>10} -> {n}) counts as another argument,
// as msgfmt -c counts it; the nested field is an argument of its own.
// {{ and }} are literal braces; a conversion (!r) or an empty field ({})
// makes the string not a format string at all.
#include "check/format_languages.h"

namespace xloc {
namespace {


class BraceParser {
 public:
  explicit BraceParser(std::string_view s) : s_(s) {}

  Result<FormatSpec> parse() {
    for (i_ = 0; i_ < s_.size();) {
      if (s_[i_] == '{') {
        if (auto e = field(true)) return *e;
      } else {
        ++i_;  // text, including a lone '}' (Python would refuse it; gettext 0.21 does not)
      }
    }
    spec_.named = true;
    return spec_;
  }

 private:
  char at(size_t k) const { return k < s_.size() ? s_[k] : '\0'; }

  // Reads the identifier or number at i_; false if there is none.
  bool name_part(bool numbers) {
    const size_t b = i_;
    if (ascii_name_start(at(i_))) {
      while (ascii_name_start(at(i_)) || ascii_digit(at(i_))) ++i_;
    } else if (numbers) {
      while (ascii_digit(at(i_))) ++i_;
    }
    return i_ > b;
  }

  std::optional<Error> bad(size_t start, std::string why) {
    return format_error(s_.substr(start, std::min(i_ + 1, s_.size()) - start), std::move(why));
  }

  // A field at i_ == '{'; `top` false for a field nested in a spec.
  std::optional<Error> field(bool top) {
    const size_t start = i_++;
    if (at(i_) == '{') {  // "{{": a literal brace
      ++i_;
      return std::nullopt;
    }
    const size_t name_begin = i_;
    if (!name_part(true)) return bad(start, "a field needs a name or a number");
    while (at(i_) == '.' || at(i_) == '[') {
      if (at(i_++) == '.') {
        if (!name_part(false)) return bad(start, "'.' needs an attribute name");
      } else {
        if (!name_part(true) || at(i_) != ']') return bad(start, "'[' needs an index and ']'");
        ++i_;
      }
    }
    if (at(i_) == ':') {
      if (!top) return bad(start, "a nested field cannot have a format spec");
      ++i_;
      if (at(i_) == '{') {
        if (auto e = field(false)) return e;
      } else {
        standard_spec();
      }
    }
    if (at(i_) != '}') return bad(start, i_ < s_.size() ? "unexpected character in the field" : "the field is not closed");
    const std::string key(s_.substr(name_begin, i_ - name_begin));
    ++i_;
    spec_.arguments.emplace(key, FormatArgument{"", std::string(s_.substr(start, i_ - start))});
    return std::nullopt;
  }

  void standard_spec() {
    auto align = [](char c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
    if (i_ < s_.size() && align(at(i_ + 1))) i_ += 2;
    else if (align(at(i_))) ++i_;
    if (at(i_) == '+' || at(i_) == '-' || at(i_) == ' ') ++i_;
    if (at(i_) == '#') ++i_;
    if (at(i_) == '0') ++i_;
    while (ascii_digit(at(i_))) ++i_;
    if (at(i_) == '.') {
      ++i_;
      while (ascii_digit(at(i_))) ++i_;
    }
    if (at(i_) != '\0' && std::string_view("bcdeEfFgGnosxX%").find(at(i_)) != std::string_view::npos) ++i_;
  }

  std::string_view s_;
  size_t i_ = 0;
  FormatSpec spec_;
};

}  // namespace

Result<FormatSpec> parse_python_brace_format(std::string_view s) { return BraceParser(s).parse(); }

}  // namespace xloc
