// Check "inconsistent": the same source text (msgid, in whatever context)
// translated in different ways within one catalog. Reported at each later
// occurrence, naming the first. Contexts that exist to allow different
// translations are respected: only messages with no msgctxt are compared.
#include <string_view>
#include <unordered_map>

#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {

void inconsistent(const CheckScope& scope, Findings& out) {
  std::unordered_map<std::string_view, const Message*> first;
  for (const Message& m : scope.catalog.messages) {
    if (m.obsolete || m.is_header() || m.is_plural() || !m.is_translated()) continue;
    auto [it, inserted] = first.try_emplace(m.msgid, &m);
    if (inserted || it->second->msgstr[0] == m.msgstr[0]) continue;
    const Message& other = *it->second;
    if (other.msgctxt.has_value() && m.msgctxt.has_value()) continue;
    out.add(m, "translated as " + quote(m.msgstr[0]) + " here but as " + quote(other.msgstr[0]) +
                   " at line " + std::to_string(other.msgstr_location.line));
  }
}

}  // namespace xloc::checks
