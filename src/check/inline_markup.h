// Exports the inline-markup comparison behind the "markup" check: scan a
// message's inline XML into elements (scan_inline_markup: well-formedness
// of tags, nesting and '&' references) and compare a translation's
// elements and attributes with its source's (compare_inline_markup).
// TODO(its): once src/its has the markup comparison export uses, this
// becomes a thin call to it so export and check can never disagree.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace xloc {

struct InlineElement {
  std::string name;
  std::map<std::string, std::string> attributes;
  friend bool operator==(const InlineElement&, const InlineElement&) = default;
  friend auto operator<=>(const InlineElement&, const InlineElement&) = default;
};

struct InlineMarkup {
  std::vector<InlineElement> elements;  // start and empty tags, in order
  std::optional<std::string> error;     // why the text is not well-formed
};

// `xml` false: the text is not XML content (no markup in the source), so a
// bare '&' is not an error.
InlineMarkup scan_inline_markup(std::string_view text, bool xml);

// What differs between the translation's elements and the source's
// (dropped, added, renamed, attribute changed), or nullopt. Element order
// may change; attributes that carry prose (title, alt) may differ.
std::optional<std::string> compare_inline_markup(const InlineMarkup& source, const InlineMarkup& translation);

}  // namespace xloc
