// Check "repeated-spaces": two or more spaces inside the translation where
// the source has none, usually a typing slip.
#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {

void repeated_spaces(const Message& m, const TextPair& pair, const CheckScope&, Findings& out) {
  const std::string_view t = trim(pair.translation);
  const size_t at = t.find("  ");
  if (at == std::string_view::npos || pair.source.find("  ") != std::string_view::npos) return;
  out.add(m, "repeated spaces in the translation at byte " + std::to_string(at) + ": " + quote(t));
}

}  // namespace xloc::checks
