// Implements parse_qt_format and parse_qt_plural_format
// (format_languages.h). Qt's QString::arg() markers are %1..%99, maybe
// with the locale flag (%L1); any other '%' is text. A source without %L
// and two-digit markers is "simple", and then the translation must be too
// (the arg() overloads that take several values handle only those).
// QCoreApplication::translate's plural marker is %n or %Ln, one argument.
#include "check/format_languages.h"

namespace xloc {
Result<FormatSpec> parse_qt_format(std::string_view s) {
  FormatSpec spec;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') continue;
    size_t j = i + 1;
    const bool locale = j < s.size() && s[j] == 'L';
    if (locale) ++j;
    if (j >= s.size() || !ascii_digit(s[j])) continue;
    unsigned n = static_cast<unsigned>(s[j++] - '0');
    bool two_digits = false;
    if (j < s.size() && ascii_digit(s[j])) {
      n = n * 10 + static_cast<unsigned>(s[j++] - '0');
      two_digits = true;
    }
    if (locale || two_digits) spec.simple = false;
    spec.arguments.emplace(std::to_string(n), FormatArgument{"", std::string(s.substr(i, j - i))});
    i = j - 1;
  }
  return spec;
}

Result<FormatSpec> parse_qt_plural_format(std::string_view s) {
  FormatSpec spec;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] != '%') continue;
    const size_t j = s[i + 1] == 'L' ? i + 2 : i + 1;
    if (j < s.size() && s[j] == 'n') {
      spec.arguments.emplace("n", FormatArgument{"", std::string(s.substr(i, j + 1 - i))});
      i = j;
    }
  }
  return spec;
}

}  // namespace xloc
