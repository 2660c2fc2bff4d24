// Implements parse_sh_format (format_languages.h): the $name and ${name}
// variable references envsubst substitutes (gettext.sh's eval_gettext).
// Every '$' must start one: "$1" (a positional parameter, different inside
// a shell function), "$$", "${x:-y}" or a '$' before anything but an ASCII
// identifier make the string invalid, as for msgfmt -c.
#include "check/format_languages.h"

namespace xloc {
namespace {


}  // namespace

Result<FormatSpec> parse_sh_format(std::string_view s) {
  FormatSpec spec;
  spec.named = true;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '$') continue;
    const size_t start = i++;
    const bool braced = i < s.size() && s[i] == '{';
    if (braced) ++i;
    if (i >= s.size() || !ascii_name_start(s[i]))
      return format_error(s.substr(start, std::min(i + 1, s.size()) - start),
                          i < s.size() && s[i] >= '0' && s[i] <= '9'
                              ? "a positional parameter differs inside a shell function"
                              : "'$' must start a variable name");
    const size_t name_begin = i;
    while (i < s.size() && ascii_name_char(s[i])) ++i;
    const std::string name(s.substr(name_begin, i - name_begin));
    if (braced) {
      if (i >= s.size() || s[i] != '}')
        return format_error(s.substr(start, std::min(i + 1, s.size()) - start), "'${' needs a name and '}'");
      ++i;
    }
    spec.arguments.emplace(name, FormatArgument{"", std::string(s.substr(start, i - start))});
    --i;
  }
  return spec;
}

}  // namespace xloc
