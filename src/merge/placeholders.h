// Exports placeholders(): the markup and placeholders a message text
// refers to, and can_satisfy(), the rule that a fuzzy match may only copy a
// translation whose placeholders the new source text still provides.
//
// Recognised: printf conversions (%s, %d, %5.2f, %1$s -> "%s"), brace
// placeholders ({name}, {0}), itstool placeholders (<_:link-1/>), and XML
// tags by element name (<em>, </em>, <link href="x"> -> "<em>", "</em>",
// "<link>").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace xloc {

// Sorted, with repeats (a multiset). printf conversions only if `printf`
// (the message is flagged c-format or similar): in prose, "50% of" is text.
std::vector<std::string> placeholders(std::string_view text, bool printf = false);

// Every placeholder of `translation` occurs in `source` (as a set).
bool can_satisfy(std::string_view source, std::string_view translation, bool printf = false);

}  // namespace xloc
