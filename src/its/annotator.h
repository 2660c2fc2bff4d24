// Exports Annotator: THE place that computes the ITS 2.0 data categories of
// every element and attribute of a document. The unit walk (extract,
// export) and `xloc its-dump` all read it, so what its-dump shows is what
// extract uses.
//
// annotate() parses the document, renames every element and prefixed
// attribute to its canonical "_xlocN:local" name (see selector.h), gathers
// the global rules (built-in rules for the root, then AnnotateOptions::rules,
// then rules embedded in or linked from the document, a linked file's rules
// before those of the its:rules that links it) and applies them in that
// order, a later rule beating an earlier one. Values are then computed
// node by node, top down: element_values(e, parent) applies local markup
// (its:* attributes, xml:lang, xml:space, xml:id, and the unprefixed ITS
// attributes of its:span), which beats the global rules, then inheritance
// and the defaults of ITS 2.0 section 6 and the suite's listing rules;
// attribute_values(a, owner) does the same for an attribute.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "base/error.h"
#include "base/file_system.h"
#include "its/line_index.h"
#include "its/rules.h"
#include "its/xml_names.h"

namespace xloc::its {

enum class WithinText : signed char { kNo, kYes, kNested };
enum class Direction : signed char { kLtr, kRtl, kLro, kRlo };

// Every data category's value at one node, after local markup, rules,
// inheritance and defaults.
struct ItsValues {
  bool translate = true;
  WithinText within_text = WithinText::kNo;  // elements only; not inherited
  bool preserve_space = false;
  std::string lang;                          // "" when no language is declared
  // Localization note: text, or a reference to one (locNoteRef); inherited.
  std::optional<std::string> loc_note;
  bool loc_note_is_reference = false;
  bool loc_note_alert = false;               // locNoteType="alert"
  bool loc_note_own = false;                 // set on this node, not inherited
  std::optional<std::string> id;             // ID value; not inherited
  std::string locale_filter_list = "*";      // inherited
  bool locale_filter_exclude = false;
  Direction dir = Direction::kLtr;           // inherited
  std::optional<std::string> external_resource;  // not inherited
  bool drop = false;                         // itst:drop; not inherited
  std::optional<std::string> context;        // itst:context; not inherited
};

// What the annotator remembers about an element from before it was renamed.
struct ElementFacts {
  size_t begin = 0;       // '<' of the start tag in the source
  std::string_view name;  // qualified name as written (points into the source)
  std::string_view uri;   // namespace URI (owned by the Annotator)
};

struct AnnotateOptions {
  // Rules from outside the document (--rules), in order.
  std::vector<RuleSet> rules;
  // Apply the built-in rules for the root element (DocBook 5, Mallard, XHTML).
  bool builtin_rules = true;
  // Refuse ("no-rules") a document with neither built-in nor other rules
  // nor any ITS markup of its own; its-dump lists such a document with
  // defaults.
  bool require_rules = true;
};

class Annotator {
 public:
  Annotator(const Annotator&) = delete;
  Annotator& operator=(const Annotator&) = delete;
  ~Annotator();

  // `file_name` is used in messages and to resolve linked rules
  // (<its:rules xlink:href="x.its"/>, relative to the document) through `fs`.
  // Errors: "malformed-xml", "invalid-its-rule", "invalid-selector",
  // "unreadable-file" (a linked rules file), "no-rules".
  static Result<std::unique_ptr<Annotator>> annotate(std::string_view source, const std::string& file_name,
                                                     FileSystem& fs, const AnnotateOptions& options = {});

  pugi::xml_node root() const { return doc_.document_element(); }
  const ElementFacts& facts(pugi::xml_node element) const;
  std::string_view source() const { return source_; }
  const std::string& file() const { return file_; }
  const LineIndex& lines() const { return lines_; }
  size_t begin_of(pugi::xml_node e) const { return facts(e).begin; }
  size_t end_of(pugi::xml_node e) const;

  // The values at the root (the defaults, then the root's own markup and rules).
  ItsValues root_values() const { return element_values(root(), ItsValues{}); }
  ItsValues element_values(pugi::xml_node element, const ItsValues& parent) const;
  ItsValues attribute_values(pugi::xml_node element, pugi::xml_attribute attribute,
                             const ItsValues& owner) const;
  // Whether any rule selected an attribute; if not, every attribute has
  // only the values it takes from its element (the walk skips them).
  bool any_attribute_rules() const;

  // itst:credits: the element the first credits rule selects (null if
  // none), the template, and the rule's namespace bindings.
  pugi::xml_node credits_node() const { return credits_node_; }
  const std::string& credits_template() const { return credits_template_; }
  const NamespaceBindings& credits_namespaces() const { return credits_namespaces_; }

 private:
  struct Impl;
  Annotator(std::string_view source, const std::string& file, FileSystem& fs, const AnnotateOptions& options);
  Status run();

  std::string_view source_;
  std::string file_;
  LineIndex lines_;
  pugi::xml_document doc_;
  std::unique_ptr<Impl> impl_;
  pugi::xml_node credits_node_;
  std::string credits_template_;
  NamespaceBindings credits_namespaces_;
};

// The name ITS gives a direction ("ltr", "rtl", "lro", "rlo").
std::string_view direction_name(Direction d);

}  // namespace xloc::its
