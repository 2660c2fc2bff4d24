// Exports compare_markup(): is a translation's inline markup an XML
// fragment that can stand where the source text stood, with the same
// markup? Used by export (to decide whether a translation can be spliced
// in) and by check's `markup` check (to tell the translator what is wrong).
//
// Both texts are parsed as element content in the unit's namespace context
// (placeholders "<_:name-N/>" use the prefix "_"); a prefix the source uses
// counts as declared, so a caller without the document (check) may pass no
// bindings at all. Entity references ("&product;", kept by extract, see
// xml_text.h) are well-formed; the DTD that declares them is the
// document's, so a translation may use those its source uses. Errors: the
// translation is not well-formed ("malformed-markup": unclosed or
// mismatched tags, a '&' that starts no reference, a duplicate attribute, a
// control character), uses an undeclared prefix ("undeclared-prefix"),
// loses or repeats a placeholder ("missing-placeholder",
// "extra-placeholder"), loses or adds an element ("missing-element",
// "extra-element"), changes an element's attribute names
// ("attribute-mismatch"), or refers to an entity its source does not
// ("extra-entity": maybe declared nowhere, and a renamed one is that too).
// Warnings (export still uses the translation): a changed attribute value
// (a localized link target, say: "attribute-value-changed"), a dropped
// entity reference ("missing-entity": it may stand for a word or a
// character the translation spells out).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "its/xml_names.h"

namespace xloc::its {

struct MarkupDifference {
  std::string code;     // stable id, listed above
  std::string message;  // one sentence quoting the element or placeholder
  bool error = true;    // false: a warning; export still uses the translation

  friend bool operator==(const MarkupDifference&, const MarkupDifference&) = default;
};

struct MarkupComparison {
  std::vector<MarkupDifference> differences;
  bool ok() const;  // no difference is an error
};

// Well-formedness only: empty if `fragment` can be element content here.
std::vector<MarkupDifference> check_fragment(std::string_view fragment, const NamespaceBindings& namespaces);

MarkupComparison compare_markup(std::string_view source, std::string_view translation,
                                const NamespaceBindings& namespaces);

}  // namespace xloc::its
