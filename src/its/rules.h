// Exports the ITS 2.0 rules model: Rule (one global rule of a data category
// xloc uses, with the selector and the namespace bindings in scope where it
// was written) and RuleSet (rules in precedence order: a later rule beats an
// earlier one for the same node and category), plus the ITS namespaces.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/source_location.h"

namespace xloc::its {

inline constexpr const char* kItsNamespace = "http://www.w3.org/2005/11/its";
inline constexpr const char* kItstoolNamespace = "http://itstool.org/extensions/";
inline constexpr const char* kXlinkNamespace = "http://www.w3.org/1999/xlink";
inline constexpr const char* kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

// The data categories the annotator computes. itstool's extensions are
// included because real documents (GNOME help) rely on them.
enum class RuleKind {
  kTranslate,      // its:translateRule translate="yes|no"
  kWithinText,     // its:withinTextRule withinText="yes|no|nested"
  kLocNote,        // its:locNoteRule: its:locNote child, locNotePointer, locNoteRef or
                   // locNoteRefPointer; locNoteType description|alert
  kPreserveSpace,  // its:preserveSpaceRule space="preserve|default" (itst: too)
  kLang,           // its:langRule langPointer
  kIdValue,        // its:idValueRule idValue (an XPath expression)
  kLocaleFilter,   // its:localeFilterRule localeFilterList/localeFilterType
  kDirection,      // its:dirRule dir="ltr|rtl|lro|rlo"
  kExternalResource,  // its:externalResourceRefRule externalResourceRefPointer
  kDrop,           // itst:dropRule drop="yes|no"
  kContext,        // itst:contextRule context="..." or contextPointer
  kMatch,          // itst:match selector: the rules file applies only to a document
                   // one of its match selectors selects something in
  kCredits,        // itst:credits appendTo: the document has translator credits; value is
                   // the template (the element's content, with itst:value-of select=
                   // "name"/"email"/"years")
};

struct Rule {
  RuleKind kind = RuleKind::kTranslate;
  std::string selector;  // XPath selecting the nodes the rule applies to
  // The category's value: "yes"/"no"/"nested", "preserve"/"default", the
  // locNote text, the context string, the locale filter list.
  std::string value;
  // An XPath evaluated relative to each selected node (locNotePointer,
  // langPointer, idValue, contextPointer); empty if the rule has a value.
  std::string pointer;
  // For kLocaleFilter: "include" or "exclude".
  std::string filter_type;
  // For kLocNote: "description" or "alert", and whether value/pointer give
  // a reference to a note (locNoteRef, locNoteRefPointer) rather than one.
  std::string note_type;
  bool note_is_reference = false;
  // prefix -> namespace URI bindings in scope at the rule element.
  std::vector<std::pair<std::string, std::string>> namespaces;
  // its:param values of the enclosing its:rules (name -> value).
  std::vector<std::pair<std::string, std::string>> params;
  SourceLocation where;

  friend bool operator==(const Rule&, const Rule&) = default;
};

struct RuleSet {
  std::vector<Rule> rules;

  void append(const RuleSet& other) { rules.insert(rules.end(), other.rules.begin(), other.rules.end()); }
  friend bool operator==(const RuleSet&, const RuleSet&) = default;
};

}  // namespace xloc::its
