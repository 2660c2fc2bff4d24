// Exports locale_passes_filter(): ITS 2.0 Locale Filter (section 8.8) on
// BCP 47 tags. A localeFilterList is a comma-separated list of extended
// language ranges ("en-CA, fr-CA", "*-CH", "*", "" for none) matched with
// the extended filtering of RFC 4647 section 3.3.2 ("*-CH" matches "de-CH"
// and "fr-Latn-CH"; "de-DE" matches "de-Latn-DE" but not "de"); type
// "include" keeps an element for the locales that match, "exclude" for
// those that do not.
#pragma once

#include <string_view>

namespace xloc::its {

// Whether the language tag `tag` matches the extended language range `range`.
bool extended_filter_matches(std::string_view range, std::string_view tag);

// Whether an element with this filter is for the locale `tag`.
bool locale_passes_filter(std::string_view filter_list, bool exclude, std::string_view tag);

// Whether no locale at all passes the filter ("" include, "*" exclude).
bool filter_passes_no_locale(std::string_view filter_list, bool exclude);

}  // namespace xloc::its
