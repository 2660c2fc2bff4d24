// Check "plural-forms-cldr": the header's Plural-Forms must agree with CLDR
// (ICU's PluralRules, through cldr_plural_forms) for the catalog's locale on the
// integers 0..10000: as many forms as CLDR categories those integers
// reach, and the same form for each n. (So French nplurals=2 agrees: CLDR's
// "many" starts at 1000000.) Names the first n where they differ, the
// CLDR locale used and a header that would agree. An error when the
// catalog has plural messages (they would be shown wrongly), a warning
// when it has none. A Plural-Forms that does not parse at all is an error.
#include <unicode/plurrule.h>

#include <algorithm>

#include "catalog/cldr_plurals.h"
#include "catalog/plural_forms.h"
#include "check/catalog_locale.h"
#include "check/checks.h"
#include "check/text_scan.h"

namespace xloc::checks {

namespace {

// The common case, cheaply: ICU's categories of 0..10000, numbered in CLDR
// order among those reached, are exactly the header's forms.
bool agrees_on_reached_categories(const CatalogLocale& locale, unsigned long nplurals) {
  const icu::PluralRules* rules = locale.cardinal_rules();
  const auto& keywords = locale.cardinal_categories();  // CLDR order
  if (!rules || !locale.header_plural_form(0) || keywords.empty()) return false;
  std::vector<icu::UnicodeString> names;
  for (const std::string& k : keywords) names.push_back(icu::UnicodeString::fromUTF8(k));
  std::vector<size_t> category(CatalogLocale::kPluralSamples);
  std::vector<bool> reached(keywords.size(), false);
  for (unsigned long n = 0; n < CatalogLocale::kPluralSamples; ++n) {
    const icu::UnicodeString k = rules->select(static_cast<int32_t>(n));
    const size_t i = static_cast<size_t>(std::find(names.begin(), names.end(), k) - names.begin());
    if (i == names.size()) return false;
    category[n] = i;
    reached[i] = true;
  }
  std::vector<unsigned long> form_of(keywords.size());
  unsigned long forms = 0;
  for (size_t i = 0; i < keywords.size(); ++i)
    if (reached[i]) form_of[i] = forms++;
  if (forms != nplurals) return false;
  for (unsigned long n = 0; n < CatalogLocale::kPluralSamples; ++n)
    if (*locale.header_plural_form(n) != form_of[category[n]]) return false;
  return true;
}

// A Plural-Forms header that does not parse: msgfmt -c refuses the
// catalog, with or without plural messages, so it is an error here too,
// saying why and where in the value, with CLDR's header if the locale is known.
void report_invalid(const CheckScope& scope, const std::string& value, Findings& out) {
  const auto forms = PluralForms::parse(value);
  if (forms) return;
  const Error& e = forms.error();
  std::string text = "Plural-Forms " + quote(value) + " is not valid: " + e.message + " at column " +
                     std::to_string(e.where.column) + " of its value";
  if (!e.fragment.empty()) text += " near '" + e.fragment + "'";
  if (scope.locale.known())
    if (auto cldr = cldr_plural_forms(scope.locale.id()))
      text += "; a header that agrees with CLDR's " + cldr->locale + ": 'Plural-Forms: " + cldr->header_value + "'";
  out.add_to_catalog(std::move(text), Severity::kError);
}

}  // namespace

void plural_forms_cldr(const CheckScope& scope, Findings& out) {
  const CatalogLocale& locale = scope.locale;
  const auto nplurals = locale.header_nplurals();
  if (!nplurals) {
    if (auto value = scope.catalog.header().get("Plural-Forms")) report_invalid(scope, *value, out);
    return;  // or no header at all: plural-count says so if there are plural messages
  }
  if (!locale.known()) return;  // language-header says why
  // cldr_plural_forms scans up to a million n for some locales: only ask
  // it when there is a disagreement to explain.
  if (agrees_on_reached_categories(locale, *nplurals)) return;
  auto cldr = cldr_plural_forms(locale.id());
  if (!cldr) return;
  // cldr_plural_forms' expression equals CLDR on every integer, and is far
  // cheaper to evaluate 10001 times than PluralRules::select.
  auto cldr_forms = PluralForms::parse(cldr->header_value);
  if (!cldr_forms) return;
  const auto& ms = scope.catalog.messages;
  const bool has_plurals =
      std::any_of(ms.begin(), ms.end(), [](const Message& m) { return m.is_plural() && !m.obsolete; });
  const Severity severity = has_plurals ? Severity::kError : Severity::kWarning;
  const std::string agree = "; a header that agrees: 'Plural-Forms: " + cldr->header_value + "'";

  // The category of each n, and which categories 0..10000 reach at all.
  constexpr unsigned long kLimit = CatalogLocale::kPluralSamples;
  std::vector<size_t> category(kLimit);
  std::vector<bool> reached(cldr->categories.size(), false);
  for (unsigned long n = 0; n < kLimit; ++n) {
    category[n] = cldr_forms->plural.evaluate(n);
    if (category[n] >= cldr->categories.size()) return;
    reached[category[n]] = true;
  }
  // Form index of each category: CLDR order, counting only reached ones when
  // the header has exactly that many forms.
  const auto reached_count = static_cast<unsigned long>(std::count(reached.begin(), reached.end(), true));
  std::vector<unsigned long> form_of(cldr->categories.size());
  std::string names;
  for (size_t i = 0, f = 0; i < cldr->categories.size(); ++i) {
    const bool counts = *nplurals == cldr->nplurals() || reached[i];
    form_of[i] = counts ? f++ : 0;
    if (counts) names += (names.empty() ? "" : ", ") + cldr->categories[i];
  }
  if (*nplurals != cldr->nplurals() && *nplurals != reached_count) {
    out.add_to_catalog("Plural-Forms has nplurals=" + std::to_string(*nplurals) + " but CLDR's " + cldr->locale +
                           " has " + std::to_string(reached_count) + " forms for 0..10000 (" + names + ")" + agree,
                       severity);
    return;
  }
  if (!locale.header_plural_form(0)) return;
  for (unsigned long n = 0; n < kLimit; ++n) {
    const unsigned long form = *locale.header_plural_form(n);
    const unsigned long expected = form_of[category[n]];
    if (form == expected) continue;
    out.add_to_catalog("Plural-Forms puts n=" + std::to_string(n) + " in msgstr[" + std::to_string(form) +
                           "] but CLDR's " + cldr->locale + " puts it in '" + cldr->categories[category[n]] +
                           "' (msgstr[" + std::to_string(expected) + "])" + agree,
                       severity);
    return;
  }
}

}  // namespace xloc::checks
