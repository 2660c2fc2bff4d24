// Exports parse_locale_name(): one reading of a locale name for every
// command, whichever form it comes in — a gettext locale name
// ("pt_BR", "sr@latin", "ca@valencia", "de_DE.UTF-8@euro", "be@tarask") or
// a BCP 47 tag ("pt-BR", "sr-Latn", "ca-valencia") — giving both forms:
// BCP 47 for xml:lang and HTML, the gettext name for `Language:` and file
// names. Through ICU, with CLDR's aliases ("iw" is "he", "cmn" is "zh").
//
// gettext's @modifier is a script ("latin" -> Latn, any script name
// Unicode knows), a variant ("valencia", "tarask"; "ijekavian" is BCP 47's
// "ijekavsk"), or "euro", which names a currency, not a language, and is
// dropped. The other way, a script becomes a modifier only where it is not
// the language's usual one (sr-Latn is sr@latin, sr-Cyrl is sr), and Han
// scripts become the region gettext uses (zh-Hant is zh_TW).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <unicode/locid.h>

namespace xloc {

struct LocaleName {
  std::string bcp47;    // "sr-Latn", "ca-valencia", "pt-BR"
  std::string gettext;  // "sr@latin", "ca@valencia", "pt_BR"
  icu::Locale icu;      // canonical, for ICU services
};

// nullopt when `name` is not a locale name (stray characters, an empty
// language) or names a language ICU does not know.
std::optional<LocaleName> parse_locale_name(std::string_view name);

// Loads the ICU data parse_locale_name() reads (CLDR aliases, likely
// subtags, script names) on the calling thread. Call it before threads
// that read locale names start: ICU loads that data on first use, under a
// lock ThreadSanitizer cannot see.
void warm_up_locale_data();

}  // namespace xloc
