// Exports fit_forms(): fits a translation's msgstr to the plural shape of
// the message it now belongs to (one msgstr, or nplurals of them) and says
// which non-empty forms did not fit, so that merge can keep them.
//
// Where merge keeps a form that did not fit (see merge.h): in the old
// plural entry, kept as obsolete (`#~ msgid_plural`, every `#~ msgstr[N]`),
// or, when the template still has that very msgid as a singular message
// (gettext refuses a second entry with the same msgctxt and msgid, obsolete
// or not: "duplicate message definition"), in a translator note on the new
// entry, "xloc: dropped plural form [N]: TEXT". When the msgid becomes
// plural again, fit_forms() puts those notes back into msgstr[N].
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/message.h"

namespace xloc {

struct DroppedForm {
  size_t index = 0;  // N of msgstr[N]
  std::string text;  // never empty

  friend bool operator==(const DroppedForm&, const DroppedForm&) = default;
};

struct FittedForms {
  std::vector<std::string> msgstr;        // the shape asked for
  std::vector<DroppedForm> dropped;       // non-empty forms that did not fit
  std::vector<size_t> restored_notes;     // indexes of src.translator_comments put back into msgstr
  bool reshaped = false;                  // singular <-> plural, or forms cut: the translation needs review
};

// `src`'s translation as `plural` ? `nplurals` forms : one form. Singular
// to plural copies msgstr[0] into every form, except forms src's dropped
// form notes give back.
FittedForms fit_forms(const Message& src, bool plural, unsigned long nplurals);

// The note for a form that did not fit; newlines and backslashes escaped
// as in a PO string, so the note stays one comment line and reads back exactly.
std::string dropped_form_note(const DroppedForm& form);

// The form a note made by dropped_form_note() holds; nullopt for any other comment.
std::optional<DroppedForm> parse_dropped_form_note(std::string_view comment);

}  // namespace xloc
