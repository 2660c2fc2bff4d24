// Implements parse_ruby_format (format_languages.h): Kernel#format as
// gettext 0.21 reads it. Named references are %<name>spec (typed) and
// %{name} (a string); positional directives are %[N$][flags][width]
// [.precision]conversion, with '*' taking an integer argument. A string
// uses names or positions, and positions all numbered or all not.
// Types: d i o u x X b B integer, e E f g G a A number, c character,
// s string, p inspect.
#include "check/format_languages.h"

#include <map>


namespace xloc {
namespace {

std::string ruby_type(char c) {
  if (std::string_view("diouxXbB").find(c) != std::string_view::npos) return "integer";
  if (std::string_view("eEfgGaA").find(c) != std::string_view::npos) return "number";
  if (c == 'c') return "character";
  if (c == 's') return "string";
  if (c == 'p') return "inspect";
  return "";
}

class RubyParser {
 public:
  explicit RubyParser(std::string_view s) : s_(s) {}

  Result<FormatSpec> parse() {
    for (i_ = 0; i_ < s_.size(); ++i_) {
      if (s_[i_] != '%') continue;
      start_ = i_++;
      if (at(i_) == '%') continue;
      if (auto e = directive()) return *e;
    }
    spec_.named = named_;
    if (!named_) renumber();
    return spec_;
  }

 private:
  char at(size_t k) const { return k < s_.size() ? s_[k] : '\0'; }
  Error bad(std::string why) const {
    return format_error(s_.substr(start_, std::min(i_ + 1, s_.size()) - start_), std::move(why));
  }

  std::optional<Error> add(std::string key, bool is_name, bool numbered, std::string type) {
    (is_name ? named_ : positional_) = true;
    if (named_ && positional_) return bad("named and positional arguments are mixed");
    if (!is_name) {
      (numbered ? numbered_ : unnumbered_) = true;
      if (numbered_ && unnumbered_) return bad("numbered and unnumbered arguments are mixed");
    }
    FormatArgument arg{std::move(type), std::string(s_.substr(start_, std::min(i_ + 1, s_.size()) - start_))};
    auto [it, inserted] = spec_.arguments.emplace(key, arg);
    if (!inserted && it->second.type != arg.type) return bad("argument " + key + " is used with two types");
    return std::nullopt;
  }

  std::optional<Error> directive() {
    if (at(i_) == '{') {
      const size_t close = s_.find('}', i_);
      if (close == std::string_view::npos) return bad("'%{' needs a closing '}'");
      const std::string name(s_.substr(i_ + 1, close - i_ - 1));
      i_ = close;
      return add(name, true, false, "string");
    }
    std::string name;
    unsigned position = 0;
    size_t j = i_;
    while (ascii_digit(at(j))) ++j;
    if (j > i_ && at(j) == '$') {
      for (size_t k = i_; k < j; ++k) position = std::min(position * 10 + static_cast<unsigned>(at(k) - '0'), 100000u);
      if (position == 0) return bad("argument numbers start at 1");
      i_ = j + 1;
    }
    auto read_name = [&]() -> std::optional<Error> {
      const size_t close = s_.find('>', i_);
      if (close == std::string_view::npos) return bad("'%<' needs a closing '>'");
      name = std::string(s_.substr(i_ + 1, close - i_ - 1));
      i_ = close + 1;
      return std::nullopt;
    };
    for (;;) {
      if (at(i_) != '\0' && std::string_view("-+ #0").find(at(i_)) != std::string_view::npos) ++i_;
      else if (at(i_) == '<' && name.empty() && !position) {
        if (auto e = read_name()) return e;
      } else break;
    }
    for (int part = 0; part < 2; ++part) {
      if (part == 1) {
        if (at(i_) != '.') break;
        ++i_;
      }
      if (at(i_) == '*') {
        ++i_;
        if (auto e = add(std::to_string(next_++), false, false, "integer")) return e;
      } else {
        while (ascii_digit(at(i_))) ++i_;
      }
    }
    if (at(i_) == '<' && name.empty() && !position)
      if (auto e = read_name()) return e;
    if (i_ >= s_.size()) return bad("the directive is not finished");
    const std::string type = ruby_type(at(i_));
    if (type.empty()) return bad("unknown conversion '" + std::string(1, at(i_)) + "'");
    if (!name.empty()) return add(name, true, false, type);
    return add(std::to_string(position ? position : next_++), false, position != 0, type);
  }

  // Ruby's positional arguments compare as a sequence: %2$d alone is one
  // integer, like %d. Keys become 1..n in the order of their numbers.
  void renumber() {
    std::map<unsigned long, FormatArgument> by_number;
    for (auto& [key, arg] : spec_.arguments) by_number.emplace(std::stoul(key), std::move(arg));
    spec_.arguments.clear();
    unsigned n = 0;
    for (auto& [number, arg] : by_number) spec_.arguments.emplace(std::to_string(++n), std::move(arg));
  }

  std::string_view s_;
  size_t i_ = 0, start_ = 0;
  unsigned next_ = 1;
  bool named_ = false, positional_ = false, numbered_ = false, unnumbered_ = false;
  FormatSpec spec_;
};

}  // namespace

Result<FormatSpec> parse_ruby_format(std::string_view s) { return RubyParser(s).parse(); }

}  // namespace xloc
