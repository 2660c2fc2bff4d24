// Exports cldr_plural_forms(): the gettext Plural-Forms of a locale, derived
// from CLDR's plural rules through ICU (icu::PluralRules), and the locale
// helpers `xloc init` and the plural-forms-cldr check share.
//
// Only non-negative integers matter to gettext, so the CLDR rules are
// specialised to them (v = w = f = t = c = e = 0, i = n): categories that no
// integer reaches are dropped (Polish, Russian, Czech `other`/`many` hold only
// fractions), and the remaining conditions become one C expression.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace xloc {

struct CldrPluralForms {
  std::string locale;                   // the CLDR locale whose rules were used: "pt", "pt_PT", "ar"
  std::vector<std::string> categories;  // msgstr index -> CLDR keyword, in CLDR order zero..other
  std::string header_value;             // "nplurals=N; plural=EXPR;", equal to CLDR on all integers
  unsigned long nplurals() const { return categories.size(); }

  friend bool operator==(const CldrPluralForms&, const CldrPluralForms&) = default;
};

// `locale` is a BCP 47 tag ("pt-BR") or a POSIX id ("pt_BR", "pt_BR.UTF-8").
// Errors (code "unknown-locale") for ill-formed ids and for languages CLDR
// has no plural rules for ("xx-nonsense", "../etc").
Result<CldrPluralForms> cldr_plural_forms(std::string_view locale);

// The locale's canonical gettext name (catalog/locale_name.h: "pt-br" ->
// "pt_BR", "iw" -> "he", "ca-valencia" -> "ca@valencia", "sr-Latn" ->
// "sr@latin"), for a catalog's Language field and file name; same errors
// as above.
Result<std::string> canonical_locale(std::string_view locale);

}  // namespace xloc
