// Check "icu-syntax": for messages flagged icu-format, the translation must
// parse as ICU MessageFormat (MessagePattern; the error names the offset)
// and must then format, with the source's argument types, for a CLDR
// sample number of every plural category of the locale, so a message that
// parses but fails at run time is caught too.
#include <unicode/fmtable.h>
#include <unicode/msgfmt.h>

#include <vector>

#include "check/catalog_locale.h"
#include "check/checks.h"
#include "check/icu_message.h"

namespace xloc::checks {
namespace {

icu::UnicodeString ustr(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

// One integer sample per cardinal category of the locale (CLDR samples).
std::vector<double> sample_numbers(const CatalogLocale& locale) {
  std::vector<double> out;
  const icu::PluralRules* rules = locale.cardinal_rules();
  if (!rules) return {1, 2, 5};
  for (const std::string& keyword : locale.cardinal_categories()) {
    double samples[8];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t n = const_cast<icu::PluralRules*>(rules)->getSamples(
        icu::UnicodeString::fromUTF8(keyword), samples, 8, status);
    for (int32_t i = 0; U_SUCCESS(status) && i < n; ++i)
      if (samples[i] == static_cast<double>(static_cast<long>(samples[i]))) {
        out.push_back(samples[i]);
        break;
      }
  }
  return out;
}

}  // namespace

void icu_syntax(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  if (!m.has_flag("icu-format")) return;
  const IcuMessage translation = parse_icu_message(pair.translation);
  // A plural or select without 'other' is icu-plural-categories' to report.
  if (translation.error && translation.error_code != "U_DEFAULT_KEYWORD_MISSING") {
    out.add(m, *translation.error + " in the translation");
    return;
  }
  if (translation.error) return;
  const IcuMessage source = parse_icu_message(pair.source);
  if (source.error) {
    out.add(m, *source.error + " in the source");
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::MessageFormat format(ustr(pair.translation), scope.locale.locale(), status);
  if (U_FAILURE(status)) {
    out.add(m, std::string("ICU cannot build a formatter from the translation: ") + u_errorName(status));
    return;
  }
  // Arguments typed as the source uses them.
  std::vector<icu::UnicodeString> names;
  std::vector<const IcuArgument*> args;
  for (const IcuArgument& a : source.arguments) {
    bool seen = false;
    for (const IcuArgument* b : args) seen |= b->name == a.name;
    if (seen) continue;
    args.push_back(&a);
    names.push_back(ustr(a.name));
  }
  for (double n : sample_numbers(scope.locale)) {
    std::vector<icu::Formattable> values;
    for (const IcuArgument* a : args) {
      if (a->type == "plural" || a->type == "selectordinal" || a->type == "choice" || a->style == "number" ||
          a->style == "spellout" || a->style == "ordinal" || a->style == "duration")
        values.emplace_back(n);
      else if (a->style == "date" || a->style == "time")
        values.emplace_back(static_cast<UDate>(0), icu::Formattable::kIsDate);
      else if (a->type == "select")
        values.emplace_back(ustr(a->keywords.empty() ? "other" : a->keywords.front()));
      else
        values.emplace_back(ustr("x"));
    }
    icu::UnicodeString result;
    status = U_ZERO_ERROR;
    format.format(names.data(), values.data(), static_cast<int32_t>(values.size()), result, status);
    if (U_FAILURE(status)) {
      out.add(m, "the translation fails to format with the source's arguments for n=" +
                     std::to_string(static_cast<long>(n)) + ": " + u_errorName(status));
      return;
    }
  }
}

}  // namespace xloc::checks
