// Implements parse_kde_format (format_languages.h): KLocalizedString's
// %1, %2, ... markers (any number of digits, not starting with 0; any
// other '%' is text). KDE fills arguments by number, so a string may skip
// at most one number below its highest marker (a plural form leaving out
// the count); skipping more makes it invalid, as for msgfmt -c.
#include "check/format_languages.h"

#include <set>

namespace xloc {

Result<FormatSpec> parse_kde_format(std::string_view s) {
  FormatSpec spec;
  std::set<unsigned long> used;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] != '%' || s[i + 1] < '1' || s[i + 1] > '9') continue;
    size_t j = i + 1;
    unsigned long n = 0;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9' && n < 100000) n = n * 10 + static_cast<unsigned long>(s[j++] - '0');
    used.insert(n);
    spec.arguments.emplace(std::to_string(n), FormatArgument{"", std::string(s.substr(i, j - i))});
    i = j - 1;
  }
  if (!used.empty() && *used.rbegin() - used.size() > 1) {
    const unsigned long top = *used.rbegin();
    std::string missing;
    for (unsigned long k = 1; k < top && missing.size() < 40; ++k)
      if (!used.count(k)) missing += (missing.empty() ? "" : ", ") + std::to_string(k);
    return format_error(spec.arguments.at(std::to_string(top)).directive,
                        "the string uses argument " + std::to_string(top) + " but skips arguments " + missing);
  }
  return spec;
}

}  // namespace xloc
