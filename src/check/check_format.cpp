// The format checks, one per row of kFormatLanguages (check id = the
// gettext flag): for a message carrying the flag, parse its source and
// each translation with that language and compare them as msgfmt -c does.
// A source that is not a valid format string is a warning (msgfmt silently
// skips such a message: the flag, not the translation, is wrong) and
// nothing else is compared.
#include <utility>

#include "check/catalog_locale.h"
#include "check/checks.h"
#include "check/format_languages.h"

namespace xloc::checks {
namespace {

void check_format_pair(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out,
                       const FormatLanguage& language) {
  if (!m.has_flag(language.flag)) return;
  auto source = language.parse(pair.source);
  if (!source) {
    out.add(m, "the source is not a valid " + std::string(language.flag) + " string: " + source.error().message,
            Severity::kWarning);
    return;
  }
  auto translation = language.parse(pair.translation);
  if (!translation) {
    out.add(m, translation.error().message + " in the translation");
    return;
  }
  // msgfmt lets a plural form that stands for a single number leave the
  // number out ("one file" for %d files).
  bool strict = true;
  if (pair.plural) {
    const auto& counts = scope.locale.header_form_counts();
    const unsigned long nplurals = scope.locale.header_nplurals().value_or(2);
    strict = pair.form < counts.size() ? counts[pair.form] > 1 : !(pair.form == 0 && nplurals > 1);
  }
  FormatRules rules = language.rules;
  if (!strict) switch (language.plural) {
      case PluralLeniency::kMayDrop: break;
      case PluralLeniency::kNone: strict = true; break;
      case PluralLeniency::kNoneIfPositional: strict = !source->named; break;
      case PluralLeniency::kUnchecked: return;
      case PluralLeniency::kMayDropAndAnyFits: rules.any_matches = true; break;
    }
  if (auto problem = compare_format_specs(*source, *translation, strict, rules)) out.add(m, *problem);
}

template <size_t I>
void format_pair(const Message& m, const TextPair& pair, const CheckScope& scope, Findings& out) {
  check_format_pair(m, pair, scope, out, kFormatLanguages[I]);
}

template <size_t... I>
std::array<CheckInfo, sizeof...(I)> make_format_checks(std::index_sequence<I...>) {
  return {CheckInfo{kFormatLanguages[I].flag, Severity::kError, kFormatLanguages[I].title, format_pair<I>}...};
}

}  // namespace

std::span<const CheckInfo> format_checks() {
  static const auto checks = make_format_checks(std::make_index_sequence<kFormatLanguages.size()>());
  return checks;
}

}  // namespace xloc::checks
