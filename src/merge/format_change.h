// Exports format_change_needs_review(): gettext's rule that msgmerge never
// turns a catalog that passes `msgfmt -c` into one that fails it.
//
// An exact (or trivially edited) match keeps its translation unfuzzied,
// but the template owns the format flags. Two template changes can make a
// translation that passed `msgfmt -c` fail it, and then the entry must
// become fuzzy (msgmerge does the same):
//  - a format the template now claims (`c-format`, `possible-c-format`)
//    that the old entry did not (none, `no-c-format`, or another language,
//    e.g. c-format -> kde-format), when the translation does not pass that
//    language's check against the msgid. xloc checks c-format and
//    python-format as msgfmt -c does, strictly for every plural form
//    (msgfmt is lenient for a form that stands for one number only, so
//    strict is never less safe); a language xloc cannot check makes the
//    translated entry fuzzy, which is stricter than msgmerge but never
//    wrong.
//  - a `range:` the old entry had and the template drops, or widens beyond
//    the old one (msgmerge: fuzzy unless the new range lies inside the old).
#pragma once

#include "catalog/message.h"

namespace xloc {

// `old` is the catalog's entry the translation comes from; `merged` is the
// new entry, with the template's flags and the old msgstr.
bool format_change_needs_review(const Message& old, const Message& merged);

}  // namespace xloc
