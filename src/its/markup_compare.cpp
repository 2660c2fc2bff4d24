#include "its/markup_compare.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include <pugixml.hpp>

#include "base/limits.h"
#include "its/xml_depth.h"
#include "its/xml_text.h"
#include "its/xml_gate.h"

namespace xloc::its {
namespace {

constexpr std::string_view kWrapper = "_xloc_fragment";

struct ElementSummary {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;  // sorted
};

struct Parsed {
  std::vector<MarkupDifference> problems;
  std::vector<ElementSummary> elements;  // document order, placeholders excluded
  std::vector<std::string> placeholders;
  std::vector<std::string> prefixes;  // every prefix used, declared or not
  std::set<std::string> entities;     // entity references, predefined ones excluded
};

// Character references and well-formed entity references; the names of
// entities other than the predefined five go to `entities`. Whether such an
// entity is declared only the document knows: compare_markup() holds a
// translation to the entities its source uses.
void scan_text(std::string_view s, std::vector<MarkupDifference>& problems, std::set<std::string>& entities) {
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      problems.push_back({"malformed-markup", "a control character is not allowed in XML", true});
      return;
    }
    if (c != '&') continue;
    if (character_reference_at(s, i)) continue;
    const auto name = entity_reference_at(s, i);
    if (!name) {
      problems.push_back({"malformed-markup", "'&' must start an entity reference; write '&amp;'", true});
      return;
    }
    static constexpr std::string_view kPredefined[] = {"lt", "gt", "amp", "quot", "apos"};
    if (std::find(std::begin(kPredefined), std::end(kPredefined), *name) == std::end(kPredefined))
      entities.emplace(*name);
  }
}

void summarize(pugi::xml_node node, NamespaceBindings scope, Parsed& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    NamespaceBindings inner = declared_namespaces(child);
    for (auto& b : scope)
      if (!lookup(inner, b.first)) inner.push_back(b);
    QName q = split_qname(child.name());
    if (!q.prefix.empty()) out.prefixes.emplace_back(q.prefix);
    if (q.prefix == "_") {
      out.placeholders.emplace_back(q.local);
      continue;
    }
    if (!q.prefix.empty() && !lookup(inner, q.prefix))
      out.problems.push_back({"undeclared-prefix", "<" + std::string(child.name()) + "> uses an undeclared namespace prefix", true});
    ElementSummary e;
    e.name = child.name();
    for (pugi::xml_attribute a : child.attributes()) {
      std::string_view an = a.name();
      if (an == "xmlns" || an.starts_with("xmlns:")) continue;
      QName aq = split_qname(an);
      if (!aq.prefix.empty()) out.prefixes.emplace_back(aq.prefix);
      if (!aq.prefix.empty() && !lookup(inner, aq.prefix))
        out.problems.push_back({"undeclared-prefix", "attribute '" + std::string(an) + "' uses an undeclared namespace prefix", true});
      for (auto& seen : e.attributes)
        if (seen.first == an)
          out.problems.push_back({"malformed-markup", "<" + e.name + "> has the attribute '" + std::string(an) + "' twice", true});
      e.attributes.emplace_back(an, a.value());
    }
    std::sort(e.attributes.begin(), e.attributes.end());
    out.elements.push_back(std::move(e));
    summarize(child, inner, out);
  }
}

Parsed parse_fragment(std::string_view fragment, const NamespaceBindings& namespaces) {
  Parsed out;
  scan_text(fragment, out.problems, out.entities);
  if (!out.problems.empty()) return out;
  std::string wrapped = "<" + std::string(kWrapper) + ">";
  wrapped += fragment;
  wrapped += "</" + std::string(kWrapper) + ">";
  pugi::xml_document doc;
  pugi::xml_parse_result r = doc.load_buffer(wrapped.data(), wrapped.size(),
                                             pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!r || std::string_view(doc.first_child().name()) != kWrapper || doc.first_child().next_sibling()) {
    std::string reason = r ? "text after the fragment" : r.description();
    if (!reason.empty()) reason[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(reason[0])));
    out.problems.push_back({"malformed-markup", "the markup is not well-formed: " + reason, true});
    return out;
  }
  if (too_deep(doc.first_child(), limits::kMaxXmlDepth)) {
    out.problems.push_back({"malformed-markup",
                            "the markup is nested more than " + std::to_string(limits::kMaxXmlDepth) + " levels deep",
                            true});
    return out;
  }
  NamespaceBindings scope = namespaces;
  scope.emplace_back("_", "urn:xloc:placeholder");
  scope.emplace_back("xml", "http://www.w3.org/XML/1998/namespace");
  summarize(doc.first_child(), scope, out);
  // pugixml is not a conforming parser: the gate has the last word (the
  // kinds pugixml lets through: "--" in a comment, "]]>" in text, "<" in
  // an attribute value, a duplicate attribute once prefixes are resolved).
  // Text without markup or references that scan_text() passed can only be
  // malformed through "]]>" or U+FFFE/U+FFFF; the gate's parse is for the
  // rest (check compares every message of a catalog).
  const bool plain = fragment.find_first_of("<&") == std::string_view::npos &&
                     fragment.find("]]>") == std::string_view::npos &&
                     fragment.find("\xEF\xBF\xBE") == std::string_view::npos &&
                     fragment.find("\xEF\xBF\xBF") == std::string_view::npos;
  if (out.problems.empty() && !plain)
    if (auto reason = check_fragment_well_formed(fragment, scope))
      out.problems.push_back({"malformed-markup", "the markup is not well-formed: " + *reason, true});
  return out;
}

std::string tag_of(const ElementSummary& e) { return "<" + e.name + ">"; }

}  // namespace

bool MarkupComparison::ok() const {
  return std::none_of(differences.begin(), differences.end(), [](const MarkupDifference& d) { return d.error; });
}

std::vector<MarkupDifference> check_fragment(std::string_view fragment, const NamespaceBindings& namespaces) {
  return parse_fragment(fragment, namespaces).problems;
}

MarkupComparison compare_markup(std::string_view source, std::string_view translation,
                                const NamespaceBindings& namespaces) {
  MarkupComparison result;
  // A prefix the source itself uses counts as declared: check has only the
  // catalog, not the document's namespace context.
  Parsed s = parse_fragment(source, namespaces);
  NamespaceBindings scope = namespaces;
  for (const std::string& prefix : s.prefixes)
    if (!lookup(scope, prefix)) scope.emplace_back(prefix, "urn:xloc:as-in-source:" + prefix);
  Parsed t = parse_fragment(translation, scope);
  if (!t.problems.empty()) {
    result.differences = std::move(t.problems);
    return result;
  }
  auto& out = result.differences;

  std::map<std::string, int> placeholder_count;
  for (auto& p : s.placeholders) placeholder_count[p] += 1;
  for (auto& p : t.placeholders) placeholder_count[p] -= 1;
  for (auto& [name, count] : placeholder_count) {
    if (count > 0) out.push_back({"missing-placeholder", "the placeholder <_:" + name + "/> is missing", true});
    if (count < 0) {
      const bool known = std::find(s.placeholders.begin(), s.placeholders.end(), name) != s.placeholders.end();
      out.push_back({"extra-placeholder",
                     "the placeholder <_:" + name + "/> " + (known ? "appears more than once" : "is not in the source"),
                     true});
    }
  }

  // An entity the source does not use may be declared nowhere: the output
  // would not be well-formed. One the translation drops is a warning: it
  // may stand for a character or a word the translation spells out.
  for (const std::string& name : t.entities)
    if (!s.entities.count(name))
      out.push_back({"extra-entity", "the entity reference '&" + name + ";' is not in the source", true});
  for (const std::string& name : s.entities)
    if (!t.entities.count(name))
      out.push_back({"missing-entity", "the entity reference '&" + name + ";' is missing", false});

  // Elements by name, as multisets; then attribute names and values.
  std::map<std::string, std::vector<const ElementSummary*>> by_name_s, by_name_t;
  for (auto& e : s.elements) by_name_s[e.name].push_back(&e);
  for (auto& e : t.elements) by_name_t[e.name].push_back(&e);
  for (auto& [name, list] : by_name_s) {
    const size_t have = by_name_t.count(name) ? by_name_t[name].size() : 0;
    if (have < list.size())
      out.push_back({"missing-element", "the element " + tag_of(*list[0]) + " is missing", true});
  }
  for (auto& [name, list] : by_name_t) {
    const size_t have = by_name_s.count(name) ? by_name_s[name].size() : 0;
    if (have < list.size())
      out.push_back({"extra-element", "the element " + tag_of(*list[0]) + " is not in the source", true});
  }
  for (auto& [name, list_s] : by_name_s) {
    auto it = by_name_t.find(name);
    if (it == by_name_t.end() || it->second.size() != list_s.size()) continue;
    auto names = [](const std::vector<const ElementSummary*>& l, bool with_values) {
      std::vector<std::string> v;
      for (auto* e : l) {
        std::string key;
        for (auto& [an, av] : e->attributes) key += an + (with_values ? "=" + av : "") + "\x1f";
        v.push_back(key);
      }
      std::sort(v.begin(), v.end());
      return v;
    };
    if (names(list_s, false) != names(it->second, false))
      out.push_back({"attribute-mismatch", "the attributes of <" + name + "> differ from the source", true});
    else if (names(list_s, true) != names(it->second, true))
      out.push_back({"attribute-value-changed", "an attribute value of <" + name + "> differs from the source", false});
  }
  return result;
}

}  // namespace xloc::its
