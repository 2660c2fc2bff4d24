// Check "markup": inline XML in a translation must be well-formed and carry
// the source's elements and attributes: none dropped, added or renamed,
// no link target changed. Messages without markup in the source are
// treated as XML only if they hold entity references.
#include "check/checks.h"
#include "check/inline_markup.h"
#include "check/text_scan.h"

namespace xloc::checks {

void markup(const Message& m, const TextPair& pair, const CheckScope&, Findings& out) {
  const bool source_markup = pair.source.find('<') != std::string_view::npos && has_markup(pair.source);
  const bool entities = pair.source.find("&amp;") != std::string_view::npos ||
                        pair.source.find("&lt;") != std::string_view::npos;
  if (!source_markup && !entities && !has_markup(pair.translation)) return;
  const bool xml = source_markup || entities;
  const InlineMarkup source = scan_inline_markup(pair.source, xml);
  if (source.error) return;  // not XML after all: nothing to hold the translation to
  const InlineMarkup translation = scan_inline_markup(pair.translation, xml);
  if (translation.error) {
    out.add(m, "the translation's markup is not well-formed: " + *translation.error);
    return;
  }
  if (auto problem = compare_inline_markup(source, translation)) out.add(m, *problem);
}

}  // namespace xloc::checks
