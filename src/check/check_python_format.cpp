// Check "python-format": for messages flagged python-format, the
// translation's %-directives (%(name)s or positional %s) match the
// source's names and types, as msgfmt -c demands.
#include "check/checks.h"
#include "check/format_check.h"

namespace xloc::checks {

void python_format(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  check_format_pair(m, pair, scope, out, "python-format", parse_python_format);
}

}  // namespace xloc::checks
