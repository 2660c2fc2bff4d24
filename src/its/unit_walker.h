// Exports walk_units(): THE walk over an XML document that both extract and
// export use, so they can never disagree about what a translation unit is.
//
// The walk applies ITS 2.0 rules (built-in rules for the root element's
// namespace, then WalkOptions::rules, then rules embedded in or linked from
// the document; local its:* attributes beat all of them, later rules beat
// earlier ones) and yields Units the way itstool does:
//  - a unit is an element that is translatable and not within text; its
//    text is the content with inline (withinText="yes") elements serialized
//    as XML, e.g. "Read <emphasis>this</emphasis> first.", whitespace
//    collapsed unless preserved;
//  - a nested unit (withinText="no"/"nested" inside text) and an untranslatable
//    element inside text are left as placeholders "<_:footnote-1/>";
//  - units come in itstool's order (an element's unit after those nested in
//    it), with byte offsets of each unit's element and content in the
//    original source so export can splice translations into it.
// Differences from itstool, on purpose: only XML whitespace (space, tab, CR,
// LF) is collapsed, never U+00A0 and friends; a unit's msgctxt falls back to
// its ID value (xml:id, idValueRule) when no context rule gives one.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "base/file_system.h"
#include "its/rules.h"
#include "its/xml_names.h"

namespace xloc::its {

// An element inside a unit's text that the text shows as "<_:name-N/>".
struct Placeholder {
  std::string name;               // "footnote-1": local name, then 1-based index in the unit
  size_t begin = 0, end = 0;      // the whole element in the source
  std::optional<size_t> unit;     // index in WalkResult::units if the element is a unit itself

  friend bool operator==(const Placeholder&, const Placeholder&) = default;
};

// Something export must do at a place in the source: render a unit, drop
// an element that is not for the locale (itst:drop, a locale filter), or
// insert translator credits (an empty span where the credits go).
struct Span {
  enum class Kind { kUnit, kDrop, kCredits };
  Kind kind = Kind::kUnit;
  size_t begin = 0, end = 0;  // the whole element
  size_t unit = 0;            // for kUnit: index in WalkResult::units

  friend bool operator==(const Span&, const Span&) = default;
};

struct Unit {
  std::string text;                    // the msgid
  std::optional<std::string> context;  // the msgctxt
  std::vector<std::string> notes;      // ITS localization notes, for "#."
  std::optional<std::string> id;       // ITS ID value
  int line = 0;                        // of the element's start tag
  std::string language;                // xml:lang in effect ("" if undeclared)
  bool preserve_space = false;
  std::string element;                 // qualified name as written
  size_t begin = 0, content_begin = 0, content_end = 0, end = 0;  // source offsets
  size_t scope = 0;                    // WalkResult::scopes[scope]: namespaces in scope (as written)
  std::vector<Placeholder> placeholders;
  std::vector<Span> inner;             // units and drops directly inside the content
  // An attribute unit (a translate rule selected the attribute): its name
  // as written; begin..end and content_begin..content_end are then the
  // value between the quotes.
  std::optional<std::string> attribute;
  std::vector<Span> tag_spans;         // attribute units in this unit's start tag
  // An External Resource: `text` is the reference (see
  // its/external_resource.h for its message); with `attribute` set, the
  // attribute export rewrites to a translated reference.
  bool external = false;

  friend bool operator==(const Unit&, const Unit&) = default;
};

struct WalkResult {
  std::string file;
  std::string root_namespace;
  std::vector<Unit> units;
  std::vector<Span> top;           // spans not inside any unit
  std::vector<NamespaceBindings> scopes;  // the distinct namespace scopes units are in
  size_t root_begin = 0;           // '<' of the root element
  std::string root_language;       // the root's xml:lang, "" if none
  bool credits = false;            // rules ask for a translator-credits message
  // itst:credits: the template for one translator and its namespace
  // bindings, the bindings where a Span::kCredits puts it, and the
  // indentation of the line it goes before.
  std::string credits_template;
  NamespaceBindings credits_namespaces, credits_scope;
  std::string credits_indent;
};

struct WalkOptions {
  // Rules from outside the document (xloc --rules), in order.
  std::vector<RuleSet> rules;
  // Apply the built-in rules for the root's namespace (DocBook 5, Mallard, XHTML).
  bool builtin_rules = true;
  // The BCP 47 tag of the locale being exported: elements whose locale
  // filter leaves it out are dropped. Empty (extract): only elements no
  // locale wants are dropped.
  std::string locale;
};

// `file_name` is used in messages and to resolve linked rules
// (<its:rules xlink:href="x.its"/>, relative to the document) through `fs`.
// Errors: "malformed-xml", "invalid-its-rule", "invalid-selector",
// "unreadable-file" (a linked rules file), "no-rules" (a root namespace with
// neither built-in nor given rules).
Result<WalkResult> walk_units(std::string_view source, const std::string& file_name, FileSystem& fs,
                              const WalkOptions& options = {});

}  // namespace xloc::its
