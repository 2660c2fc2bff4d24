#include "its/xml_names.h"

#include <algorithm>

#include "its/rules.h"

namespace xloc::its {

QName split_qname(std::string_view name) {
  const size_t colon = name.find(':');
  if (colon == std::string_view::npos) return {{}, name};
  return {name.substr(0, colon), name.substr(colon + 1)};
}

NamespaceBindings declared_namespaces(pugi::xml_node element) {
  NamespaceBindings out;
  for (pugi::xml_attribute a : element.attributes()) {
    std::string_view name = a.name();
    if (name == "xmlns")
      out.emplace_back("", a.value());
    else if (name.starts_with("xmlns:"))
      out.emplace_back(std::string(name.substr(6)), a.value());
  }
  return out;
}

NamespaceBindings in_scope_namespaces(pugi::xml_node element) {
  NamespaceBindings out;
  for (pugi::xml_node n = element; n && n.type() == pugi::node_element; n = n.parent())
    for (auto& [prefix, uri] : declared_namespaces(n))
      if (!lookup(out, prefix)) out.emplace_back(prefix, uri);
  if (!lookup(out, "xml")) out.emplace_back("xml", kXmlNamespace);
  return out;
}

std::optional<std::string> lookup(const NamespaceBindings& bindings, std::string_view prefix) {
  auto it = std::find_if(bindings.begin(), bindings.end(), [&](const auto& b) { return b.first == prefix; });
  if (it == bindings.end()) return std::nullopt;
  return it->second;
}

}  // namespace xloc::its
