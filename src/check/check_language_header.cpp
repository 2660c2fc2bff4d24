// Check "language-header": the header's Language field must name a locale
// ICU knows (well-formed, with a known language), since every
// locale-dependent check and plural rule hangs on it.
#include "check/catalog_locale.h"
#include "check/checks.h"

namespace xloc::checks {

void language_header(const CheckScope& scope, Findings& out) {
  const auto language = scope.catalog.header().language();
  if (!language || language->empty()) {
    out.add_to_catalog("the header has no Language field");
    return;
  }
  if (!icu_locale_of(*language))
    out.add_to_catalog("Language '" + *language + "' is not a locale ICU knows");
}

}  // namespace xloc::checks
