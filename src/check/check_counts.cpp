// Checks "fuzzy" and "untranslated" (info): how many live messages are
// fuzzy or untranslated, one diagnostic per catalog pointing at the first.
#include "check/checks.h"

namespace xloc::checks {
namespace {

template <class Pred>
void count_messages(const CheckScope& scope, Findings& out, Pred pred, std::string_view what) {
  size_t n = 0, live = 0;
  const Message* first = nullptr;
  for (const Message& m : scope.catalog.messages) {
    if (m.obsolete || m.is_header()) continue;
    ++live;
    if (!pred(m)) continue;
    if (!first) first = &m;
    ++n;
  }
  if (!first) return;
  out.add_to_catalog(std::to_string(n) + " of " + std::to_string(live) + " messages " +
                     (n == 1 ? "is " : "are ") + std::string(what) + " (the first at line " +
                     std::to_string(first->msgstr_location.line ? first->msgstr_location.line
                                                                : first->location.line) +
                     ")");
}

}  // namespace

void fuzzy(const CheckScope& scope, Findings& out) {
  count_messages(scope, out, [](const Message& m) { return m.is_fuzzy(); }, "fuzzy");
}

void untranslated(const CheckScope& scope, Findings& out) {
  count_messages(scope, out, [](const Message& m) { return !m.is_fuzzy() && !m.is_translated(); },
                 "untranslated");
}

}  // namespace xloc::checks
