// Implements parse_kde_kuit_format (format_languages.h): KDE markers
// (parse_kde_format) in KUIT semantic markup, which KDE parses as XML, so
// the string must also be a well-formed XML fragment (its::check_fragment).
// KDE itself lets a bare '&' through as text, as msgfmt -c does; '<' that
// starts no tag, an unclosed or stray end tag or an unquoted attribute make
// the string invalid.
#include <cctype>

#include "check/format_languages.h"
#include "its/markup_compare.h"

namespace xloc {
namespace {

// '&' that starts no "&name;" or "&#N;" reference, escaped as "&amp;".
std::string escape_bare_ampersands(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    size_t j = i + 1;
    if (j < s.size() && s[j] == '#') ++j;
    while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_' || s[j] == '-' || s[j] == '.')) ++j;
    out += (j > i + 1 && j < s.size() && s[j] == ';') ? "&" : "&amp;";
  }
  return out;
}

}  // namespace

Result<FormatSpec> parse_kde_kuit_format(std::string_view s) {
  auto spec = parse_kde_format(s);
  if (!spec) return spec;
  if (s.find('<') == std::string_view::npos && s.find('>') == std::string_view::npos) return spec;
  const auto problems = its::check_fragment(escape_bare_ampersands(s), its::NamespaceBindings{});
  if (!problems.empty()) return format_error(s.substr(0, std::min<size_t>(s.size(), 40)), "not well-formed KUIT markup: " + problems.front().message);
  return spec;
}

}  // namespace xloc
