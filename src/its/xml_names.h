// Exports helpers for XML qualified names and namespace declarations on a
// pugixml tree (pugixml itself knows nothing of namespaces): splitting
// "prefix:local", and the prefix -> URI bindings in scope at an element.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pugixml.hpp>

namespace xloc::its {

using NamespaceBindings = std::vector<std::pair<std::string, std::string>>;  // prefix ("" = default) -> URI

struct QName {
  std::string_view prefix;  // empty if unprefixed
  std::string_view local;
};
QName split_qname(std::string_view name);

// Declarations made by this element's own xmlns / xmlns:p attributes.
NamespaceBindings declared_namespaces(pugi::xml_node element);
// Every binding in scope at `element` (inner declarations win), plus "xml".
NamespaceBindings in_scope_namespaces(pugi::xml_node element);
std::optional<std::string> lookup(const NamespaceBindings& bindings, std::string_view prefix);

}  // namespace xloc::its
