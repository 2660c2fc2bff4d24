// Check "language-header": the header's Language field must name a locale
// ICU knows (well-formed, with a known language), since every
// locale-dependent check and plural rule hangs on it.
#include "check/catalog_locale.h"
#include "check/checks.h"

namespace xloc::checks {

// A template (a .pot: no Language, no translation) is not a catalog to
// check; saying so beats "no Language field".
bool is_template(const Catalog& catalog) {
  for (const Message& m : catalog.messages)
    if (!m.is_header() && !m.obsolete && !m.is_untranslated()) return false;
  return true;
}

void language_header(const CheckScope& scope, Findings& out) {
  const auto language = scope.catalog.header().language();
  if (!language || language->empty()) {
    if (is_template(scope.catalog))
      out.add_to_catalog("this is a template (no Language, no translation), not a catalog: start one with "
                         "'xloc init --locale LL', then check that");
    else
      out.add_to_catalog("the header has no Language field");
    return;
  }
  if (!icu_locale_of(*language))
    out.add_to_catalog("Language '" + *language + "' is not a locale ICU knows");
}

}  // namespace xloc::checks
