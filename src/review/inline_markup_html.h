// Exports inline_markup_html(): a unit's text (its msgid or a translation:
// text with inline XML elements such as <emphasis role="strong">) as HTML a
// reviewer reads, markup shown as formatting rather than tags. Used by the
// review page (review_page.h).
//
// Safe by construction: the fragment is parsed, and only a fixed table of
// inline elements maps to HTML elements (emphasis -> em or strong, code-like
// -> code, links -> a span showing the target); every other element becomes
// a <span> naming it, placeholders "<_:footnote-1/>" a marked token, and all
// text and attribute values are escaped. No attribute of the input reaches
// the output. Text that is not a well-formed fragment (a translation with
// broken markup) is shown escaped, as written, in a <code> of class "raw".
#pragma once

#include <string>
#include <string_view>

#include "base/html_escape.h"  // escape_html(), which the review page uses too

namespace xloc {

std::string inline_markup_html(std::string_view unit_text);

}  // namespace xloc
