// Exports update_language(), language_from_team() and is_catalog_name():
// the `Language:` header field as msgmerge maintains it.
//
// msgmerge --lang=LL sets `Language: LL`. Without --lang, a header that has
// no Language field but a Language-Team gets one inferred from the team's
// English language name ("German <de@li.org>" -> "de"); when the name is
// not recognized the field is still added, empty, as msgmerge adds it. A
// header with neither field is left alone. A new field goes where gettext
// puts it: after Language-Team, else after the last of the fields that
// precede it (Project-Id-Version ... Last-Translator), else first.
//
// Names are recognized by ICU's (CLDR's) English names of ISO 639
// languages, exactly as written ("German"; "Norwegian Bokmål" and its
// ASCII spelling "Norwegian Bokmal"), plus the team names that stand for a
// country variant ("Brazilian Portuguese" -> pt_BR, "Chinese (simplified)"
// -> zh_CN, "Chinese (traditional)" -> zh_TW). msgmerge has its own table:
// a few old spellings it knows (Kirghiz, Moldavian) xloc does not, and a
// few current ones xloc knows (Kyrgyz) it does not.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "catalog/header.h"

namespace xloc {

// "de" for "German <de@li.org>", nullopt if the name is not recognized.
std::optional<std::string> language_from_team(std::string_view team);

// A gettext catalog name: ll or lll, then optional _Ssss script, _CC or
// _NNN region, @variant ("de", "pt_BR", "sr@latin", "zh_Hant_TW").
bool is_catalog_name(std::string_view name);

// `lang`: --lang's value, already checked with is_catalog_name().
void update_language(Header& header, const std::optional<std::string>& lang);

}  // namespace xloc
