// Check "plural-count": a plural message needs exactly nplurals msgstr[N]
// (from the header's Plural-Forms), and a catalog with plural messages
// needs a Plural-Forms header at all, as msgfmt -c requires (one that does
// not parse is reported by plural-forms-cldr).
#include <algorithm>

#include "check/catalog_locale.h"
#include "check/checks.h"

namespace xloc::checks {

void plural_count_catalog(const CheckScope& scope, Findings& out) {
  // A header that is there but does not parse is plural-forms-cldr's to explain.
  if (scope.locale.header_nplurals() || scope.catalog.header().get("Plural-Forms")) return;
  const auto& ms = scope.catalog.messages;
  const bool plural = std::any_of(ms.begin(), ms.end(), [](const Message& m) {
    return m.is_plural() && !m.obsolete && !m.is_untranslated();
  });
  if (!plural) return;
  out.add_to_catalog("the catalog has plural messages but no Plural-Forms header");
}

void plural_count(const Message& m, const CheckScope& scope, Findings& out) {
  const auto nplurals = scope.locale.header_nplurals();
  if (!nplurals) return;
  if (!m.is_plural()) {
    if (m.msgstr.size() != 1)
      out.add(m, "a message without msgid_plural has " + std::to_string(m.msgstr.size()) + " msgstr forms");
    return;
  }
  if (m.msgstr.size() != *nplurals)
    out.add(m, "plural message has " + std::to_string(m.msgstr.size()) +
                   " msgstr forms but Plural-Forms says nplurals=" + std::to_string(*nplurals));
}

}  // namespace xloc::checks
