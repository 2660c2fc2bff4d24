// Exports the check functions, one per check_<id>.cpp, for the registry
// table in registry.cpp. Nothing else should call them directly.
#pragma once

#include <span>

#include "check/check.h"

namespace xloc::checks {

void encoding_catalog(const CheckScope&, Findings&);
void encoding(const Message&, const TextPair&, const CheckScope&, Findings&);
void language_header(const CheckScope&, Findings&);
void plural_forms_cldr(const CheckScope&, Findings&);
void plural_count_catalog(const CheckScope&, Findings&);
void plural_count(const Message&, const CheckScope&, Findings&);
// One check per format-string language (check_format.cpp), in the order
// of kFormatLanguages.
std::span<const CheckInfo> format_checks();
void icu_syntax(const Message&, const TextPair&, const CheckScope&, Findings&);
void icu_plural_categories(const Message&, const TextPair&, const CheckScope&, Findings&);
void markup(const Message&, const TextPair&, const CheckScope&, Findings&);
void bidi_control(const Message&, const TextPair&, const CheckScope&, Findings&);
void mixed_script(const Message&, const TextPair&, const CheckScope&, Findings&);
void script(const Message&, const TextPair&, const CheckScope&, Findings&);
std::string script_cause(const CheckScope&);
void same_as_source(const Message&, const TextPair&, const CheckScope&, Findings&);
void numbers(const Message&, const TextPair&, const CheckScope&, Findings&);
void whitespace(const Message&, const TextPair&, const CheckScope&, Findings&);
void end_punctuation(const Message&, const TextPair&, const CheckScope&, Findings&);
void normalization(const CheckScope&, Findings&);
void brackets(const Message&, const TextPair&, const CheckScope&, Findings&);
void double_words(const CheckScope&, Findings&);
void urls(const Message&, const TextPair&, const CheckScope&, Findings&);
void repeated_spaces(const Message&, const TextPair&, const CheckScope&, Findings&);
void accelerators(const Message&, const TextPair&, const CheckScope&, Findings&);
void length_ratio(const Message&, const TextPair&, const CheckScope&, Findings&);
void inconsistent(const CheckScope&, Findings&);
void fuzzy(const CheckScope&, Findings&);
void untranslated(const CheckScope&, Findings&);

}  // namespace xloc::checks
