// Implements parse_perl_brace_format (format_languages.h): the {name}
// placeholders of Perl's Locale::TextDomain (__x). A placeholder is an
// ASCII identifier in braces; any other brace is text, so no string is
// invalid. The translation may add names (__x ignores what it is not
// given a value for), but not drop one: the row's flag says so.
#include "check/format_languages.h"

namespace xloc {
namespace {


}  // namespace

Result<FormatSpec> parse_perl_brace_format(std::string_view s) {
  FormatSpec spec;
  spec.named = true;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '{' || i + 1 >= s.size() || !ascii_name_start(s[i + 1])) continue;
    size_t j = i + 1;
    while (j < s.size() && ascii_name_char(s[j])) ++j;
    if (j < s.size() && s[j] == '}') {
      spec.arguments.emplace(std::string(s.substr(i + 1, j - i - 1)),
                             FormatArgument{"", std::string(s.substr(i, j + 1 - i))});
      i = j;
    }
  }
  return spec;
}

}  // namespace xloc
