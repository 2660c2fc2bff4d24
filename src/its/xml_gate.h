// Exports the well-formedness gate: check_well_formed() decides whether
// bytes are a well-formed, namespace-well-formed XML 1.0 document, and
// check_fragment_well_formed() whether a translation's markup can stand as
// element content in a given namespace context. The decision is libxml2's
// (the parser xmllint, xgettext and itstool use), never xloc's own: pugixml,
// which builds the DOM the rest of xloc walks, is not a conforming parser.
//
// The gate never touches the network or the file system: no external DTD
// or entity is loaded and no entity is substituted. So, as XML 1.0 says
// (WFC: Entity Declared), a reference to an undeclared entity is an error
// in a document without an external subset and accepted in one with a
// DOCTYPE naming a SYSTEM or PUBLIC identifier (its declarations are
// unknown). Namespace errors (undeclared prefixes, a duplicate attribute
// once prefixes are resolved, misused xml/xmlns) are errors too, although
// libxml2 itself reports them without calling the document malformed.
// The text is UTF-8 (its::decode_xml() converts a document in another
// encoding first); an encoding declaration is checked for its syntax only.
// Nothing is printed: libxml2's messages are captured and rewritten as
// xloc Errors ("malformed-xml", file:line:column, a reason in plain words).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/error.h"
#include "its/line_index.h"
#include "its/xml_names.h"

namespace xloc::its {

// What the gate found wrong, if anything: where (1-based line, column in
// bytes of `text`) and why. `too_deep` marks libxml2's nesting limit (the
// same 256 levels as limits::kMaxXmlDepth), which callers report their way.
struct WellFormednessError {
  size_t offset = 0;  // byte offset into the checked text
  std::string reason;
  bool too_deep = false;
};

std::optional<WellFormednessError> find_well_formedness_error(std::string_view text);

// The gate as an Error: "malformed-xml", "<file>:<line>:<col>: error:
// malformed XML: <reason>".
Status check_well_formed(std::string_view text, const std::string& file_name, const LineIndex& lines);

// `fragment` parsed as the content of an element that declares
// `namespaces` (the translation's context in the document); an entity
// reference is accepted as the document's (its declarations are not known
// here; compare_markup() holds a translation to its source's entities).
// Returns the reason it is not well-formed, or nothing.
std::optional<std::string> check_fragment_well_formed(std::string_view fragment, const NamespaceBindings& namespaces);

}  // namespace xloc::its
