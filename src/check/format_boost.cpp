// Implements parse_boost_format (format_languages.h): boost::format as
// gettext 0.21 reads it: %N% (argument N, any type), %|spec| (a printf
// spec between bars, its conversion optional) and printf directives
// %[N$][flags][width][.precision][size]conversion, numbered or unnumbered
// but not both. Size modifiers do not change the type (boost reads the
// value's own type; %n is ignored): d i o u x X integer, e E f g G number, c C
// character, s S string, p pointer.
#include "check/format_languages.h"

namespace xloc {
namespace {

std::string boost_type(char c) {
  if (std::string_view("diouxX").find(c) != std::string_view::npos) return "integer";
  if (std::string_view("eEfgG").find(c) != std::string_view::npos) return "number";
  if (c == 'c' || c == 'C') return "character";
  if (c == 's' || c == 'S') return "string";
  if (c == 'p') return "pointer";
  return "";
}

class BoostParser {
 public:
  explicit BoostParser(std::string_view s) : s_(s) {}

  Result<FormatSpec> parse() {
    for (i_ = 0; i_ < s_.size(); ++i_) {
      if (s_[i_] != '%') continue;
      start_ = i_++;
      if (at(i_) == '%' || at(i_) == 'n') continue;  // %n: boost ignores it
      std::optional<Error> e;
      if (at(i_) == '|') {
        ++i_;
        e = printf_spec(true);
      } else if (ascii_digit(at(i_)) && at(i_) != '0' && bare_number()) {
        e = std::nullopt;
      } else {
        e = printf_spec(false);
      }
      if (e) return *e;
    }
    return spec_;
  }

 private:
  char at(size_t k) const { return k < s_.size() ? s_[k] : '\0'; }
  Error bad(std::string why) const {
    return format_error(s_.substr(start_, std::min(i_ + 1, s_.size()) - start_), std::move(why));
  }

  std::optional<Error> add(unsigned position, std::string type) {
    (position ? numbered_ : unnumbered_) = true;
    if (numbered_ && unnumbered_) return bad("numbered and unnumbered arguments are mixed");
    const std::string key = std::to_string(position ? position : next_++);
    FormatArgument arg{std::move(type), std::string(s_.substr(start_, std::min(i_ + 1, s_.size()) - start_))};
    auto [it, inserted] = spec_.arguments.emplace(key, arg);
    if (inserted || it->second.type == arg.type || arg.type == "string") return std::nullopt;
    if (it->second.type == "string") {  // operator<< takes any type: another use of N says which
      it->second = arg;
      return std::nullopt;
    }
    return bad("argument " + key + " is used with two types");
  }

  // "N$" at i_: N, else 0 (i_ unchanged).
  unsigned position() {
    size_t j = i_;
    unsigned n = 0;
    while (ascii_digit(at(j))) n = std::min(n * 10 + static_cast<unsigned>(at(j++) - '0'), 100000u);
    if (j > i_ && at(j) == '$' && n > 0) {
      i_ = j + 1;
      return n;
    }
    return 0;
  }

  // %N%: true if it is one (and adds it); false leaves i_ for printf_spec.
  bool bare_number() {
    size_t j = i_;
    unsigned n = 0;
    while (ascii_digit(at(j))) n = std::min(n * 10 + static_cast<unsigned>(at(j++) - '0'), 100000u);
    if (at(j) != '%') return false;
    i_ = j;
    error_ = add(n, "string");
    return !error_;
  }

  std::optional<Error> printf_spec(bool barred) {
    if (error_) return error_;
    const unsigned pos = position();
    while (at(i_) != '\0' && std::string_view("-+ #0'").find(at(i_)) != std::string_view::npos) ++i_;
    for (int part = 0; part < 2; ++part) {
      if (part == 1) {
        if (at(i_) != '.') break;
        ++i_;
      }
      if (at(i_) == '*') {
        ++i_;
        const unsigned star = position();
        if (auto e = add(star, "integer")) return e;
      } else {
        while (ascii_digit(at(i_))) ++i_;
      }
    }
    while (at(i_) != '\0' && std::string_view("hlL").find(at(i_)) != std::string_view::npos) ++i_;
    if (barred && at(i_) == '|') return add(pos, "string");
    if (i_ >= s_.size()) return bad("the directive is not finished");
    const std::string type = boost_type(at(i_));
    if (type.empty()) return bad("unknown conversion '" + std::string(1, at(i_)) + "'");
    if (auto e = add(pos, type)) return e;
    if (barred) {
      ++i_;
      if (at(i_) != '|') return bad("'%|' needs a closing '|'");
    }
    return std::nullopt;
  }

  std::string_view s_;
  size_t i_ = 0, start_ = 0;
  unsigned next_ = 1;
  bool numbered_ = false, unnumbered_ = false;
  std::optional<Error> error_;
  FormatSpec spec_;
};

}  // namespace

Result<FormatSpec> parse_boost_format(std::string_view s) { return BoostParser(s).parse(); }

}  // namespace xloc
