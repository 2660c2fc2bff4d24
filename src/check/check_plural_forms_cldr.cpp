// Check "plural-forms-cldr": the header's Plural-Forms must agree with CLDR
// (ICU PluralRules, via cldr_plural_forms) for the catalog's locale: the
// same nplurals, and the same form for every n in 0..10000. Names the
// first n where they differ, the CLDR locale used, and a header that would
// agree. An error when the catalog has plural messages (they are shown
// wrongly), a warning when it has none.
#include <unicode/plurrule.h>

#include <algorithm>

#include "catalog/cldr_plurals.h"
#include "check/catalog_locale.h"
#include "check/checks.h"

namespace xloc::checks {

void plural_forms_cldr(const CheckScope& scope, Findings& out) {
  const CatalogLocale& locale = scope.locale;
  const auto nplurals = locale.header_nplurals();
  if (!nplurals || !locale.known()) return;  // plural-count / language-header say why
  auto cldr = cldr_plural_forms(locale.id());
  if (!cldr) return;
  const auto& ms = scope.catalog.messages;
  const bool has_plurals =
      std::any_of(ms.begin(), ms.end(), [](const Message& m) { return m.is_plural() && !m.obsolete; });
  const Severity severity = has_plurals ? Severity::kError : Severity::kWarning;
  const std::string agree = "; a header that agrees: 'Plural-Forms: " + cldr->header_value + "'";
  std::string categories;
  for (const std::string& c : cldr->categories) categories += (categories.empty() ? "" : ", ") + c;
  if (*nplurals != cldr->nplurals()) {
    out.add_to_catalog("Plural-Forms has nplurals=" + std::to_string(*nplurals) + " but CLDR's " + cldr->locale +
                           " has " + std::to_string(cldr->nplurals()) + " (" + categories + ")" + agree,
                       severity);
    return;
  }
  const icu::PluralRules* rules = locale.cardinal_rules();
  if (!rules || !locale.header_plural_form(0)) return;
  for (unsigned long n = 0; n <= 10000; ++n) {
    const auto form = locale.header_plural_form(n);
    if (!form) return;
    std::string category;
    rules->select(static_cast<int32_t>(n)).toUTF8String(category);
    const auto it = std::find(cldr->categories.begin(), cldr->categories.end(), category);
    if (it == cldr->categories.end()) return;
    const auto expected = static_cast<unsigned long>(it - cldr->categories.begin());
    if (*form == expected) continue;
    out.add_to_catalog("Plural-Forms puts n=" + std::to_string(n) + " in msgstr[" + std::to_string(*form) +
                           "] but CLDR's " + cldr->locale + " puts it in '" + category + "' (msgstr[" +
                           std::to_string(expected) + "])" + agree,
                       severity);
    return;
  }
}

}  // namespace xloc::checks
