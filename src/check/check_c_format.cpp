// Check "c-format": for messages flagged c-format, the translation's printf
// directives consume the same arguments with the same types as the
// source's, as msgfmt -c demands (numbered %1$s reordering allowed).
#include "check/checks.h"
#include "check/format_check.h"

namespace xloc::checks {

void c_format(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  check_format_pair(m, pair, scope, out, "c-format", parse_c_format);
}

}  // namespace xloc::checks
