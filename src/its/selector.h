// Exports NamespaceTable and compile_selector(): XPath with namespaces on
// top of pugixml, whose XPath compares qualified names as plain strings.
// The walk renames every element and attribute of a document to a canonical
// "_xlocN:local" form (N indexes the namespace URI in the table); a rule's
// selector has its prefixes rewritten through the rule's own bindings to the
// same canonical prefixes, then is compiled. Unprefixed names in a selector
// mean "no namespace", as XPath 1.0 says.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "base/error.h"
#include "its/xml_names.h"

namespace xloc::its {

class NamespaceTable {
 public:
  // Starts with the namespaces of the built-in rules registered in a fixed
  // order, so most documents get the same canonical names (and share
  // compiled selectors).
  NamespaceTable();
  // "_xloc3" for a namespace URI (registering it), "xml" for the XML
  // namespace, "" for no namespace.
  std::string prefix_for(std::string_view uri);
  // The canonical qualified name of `local` in namespace `uri`.
  std::string canonical_name(std::string_view uri, std::string_view local);
  const std::vector<std::string>& uris() const { return uris_; }

 private:
  std::vector<std::string> uris_;
};

inline constexpr std::string_view kCanonicalPrefix = "_xloc";

// Rewrites the prefixes of name tests in `xpath` ("mal:p", "db:*") to
// canonical ones. Fails with the unbound prefix in `unbound` if one is not
// in `bindings`.
bool rewrite_prefixes(std::string_view xpath, const NamespaceBindings& bindings, NamespaceTable& table,
                      std::string& out, std::string& unbound);

// Compiles `xpath` for a rule written at `where`; an Error
// ("invalid-selector") quotes the selector and says why pugixml refused it.
Result<std::shared_ptr<pugi::xpath_query>> compile_selector(const std::string& xpath,
                                                            const NamespaceBindings& bindings,
                                                            NamespaceTable& table,
                                                            pugi::xpath_variable_set* variables,
                                                            const SourceLocation& where);

}  // namespace xloc::its
