#include "its/rule_parser.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <initializer_list>
#include <vector>

#include "base/limits.h"
#include "base/utf8.h"
#include "its/char_reference.h"
#include "its/tag_scanner.h"
#include "its/xml_depth.h"
#include "its/xml_encoding.h"
#include "its/xml_names.h"

namespace xloc::its {
namespace {

// One supported rule element: which attribute holds the value and which the
// pointer, and the values the attribute may take (empty: any text).
struct RuleSpec {
  const char* ns;
  const char* local;
  RuleKind kind;
  const char* value_attribute;    // may be null
  const char* pointer_attribute;  // may be null
  std::vector<const char*> allowed;  // not an initializer_list: its array would dangle
  const char* default_value;      // used when the value attribute is absent; null = required
};

const std::array kSpecs{
    RuleSpec{kItsNamespace, "translateRule", RuleKind::kTranslate, "translate", nullptr, {"yes", "no"}, nullptr},
    RuleSpec{kItsNamespace, "withinTextRule", RuleKind::kWithinText, "withinText", nullptr,
             {"yes", "no", "nested"}, nullptr},
    RuleSpec{kItsNamespace, "locNoteRule", RuleKind::kLocNote, nullptr, "locNotePointer", {}, nullptr},
    RuleSpec{kItsNamespace, "preserveSpaceRule", RuleKind::kPreserveSpace, "space", nullptr,
             {"preserve", "default"}, nullptr},
    RuleSpec{kItstoolNamespace, "preserveSpaceRule", RuleKind::kPreserveSpace, "preserveSpace", nullptr,
             {"yes", "no"}, nullptr},
    RuleSpec{kItsNamespace, "langRule", RuleKind::kLang, nullptr, "langPointer", {}, nullptr},
    RuleSpec{kItsNamespace, "idValueRule", RuleKind::kIdValue, nullptr, "idValue", {}, nullptr},
    RuleSpec{kItsNamespace, "localeFilterRule", RuleKind::kLocaleFilter, "localeFilterList", nullptr, {}, "*"},
    RuleSpec{kItsNamespace, "dirRule", RuleKind::kDirection, "dir", nullptr, {"ltr", "rtl", "lro", "rlo"}, nullptr},
    RuleSpec{kItsNamespace, "externalResourceRefRule", RuleKind::kExternalResource, nullptr,
             "externalResourceRefPointer", {}, nullptr},
    RuleSpec{kItstoolNamespace, "externalRefRule", RuleKind::kExternalResource, nullptr, "refPointer", {}, nullptr},
    RuleSpec{kItstoolNamespace, "dropRule", RuleKind::kDrop, "drop", nullptr, {"yes", "no"}, nullptr},
    RuleSpec{kItstoolNamespace, "contextRule", RuleKind::kContext, "context", "contextPointer", {}, nullptr},
    RuleSpec{kItstoolNamespace, "credits", RuleKind::kCredits, nullptr, nullptr, {}, ""},
    RuleSpec{kItstoolNamespace, "match", RuleKind::kMatch, nullptr, nullptr, {}, ""},
};

struct Resolved {
  std::string uri;
  std::string local;
};

Resolved resolve(pugi::xml_node element, const NamespaceBindings& scope) {
  QName q = split_qname(element.name());
  return {lookup(scope, q.prefix).value_or(""), std::string(q.local)};
}

Error rule_error(std::string message, std::string fragment, const LineIndex& lines,
                 const std::string& file, pugi::xml_node at) {
  const ptrdiff_t offset = at.offset_debug();
  return Error{"invalid-its-rule", std::move(message), std::move(fragment),
               offset >= 0 ? lines.locate(file, static_cast<size_t>(offset) - 1) : SourceLocation{file}};
}

std::string text_of(pugi::xml_node node) {
  std::string out;
  for (pugi::xml_node c : node.children())
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
  return out;
}

// The text of every descendant, in document order: an its:locNote with
// child markup ("Keep <b>Chobe</b>") keeps all its words.
std::string all_text_of(pugi::xml_node node) {
  std::string out;
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    else if (c.type() == pugi::node_element) out += all_text_of(c);
  }
  return out;
}

}  // namespace

Result<RuleSet> rules_from_element(pugi::xml_node rules, const std::string& file_name,
                                   const LineIndex& lines, std::string_view text) {
  RuleSet out;
  const NamespaceBindings outer = in_scope_namespaces(rules);
  std::vector<std::pair<std::string, std::string>> params;
  for (pugi::xml_node child : rules.children()) {
    if (child.type() != pugi::node_element) continue;
    NamespaceBindings scope = declared_namespaces(child);
    for (auto& b : outer)
      if (!lookup(scope, b.first)) scope.push_back(b);
    Resolved name = resolve(child, scope);
    if (name.uri == kItsNamespace && name.local == "param") {
      params.emplace_back(child.attribute("name").value(), text_of(child));
      continue;
    }
    auto spec = std::find_if(kSpecs.begin(), kSpecs.end(),
                             [&](const RuleSpec& s) { return name.uri == s.ns && name.local == s.local; });
    if (spec == kSpecs.end()) continue;  // a data category xloc does not use
    Rule rule;
    rule.kind = spec->kind;
    rule.namespaces = scope;
    rule.params = params;
    const ptrdiff_t offset = child.offset_debug();
    rule.where = offset > 0 ? lines.locate(file_name, static_cast<size_t>(offset) - 1) : SourceLocation{file_name};
    const char* selector_attribute = spec->kind == RuleKind::kCredits ? "appendTo" : "selector";
    pugi::xml_attribute selector = child.attribute(selector_attribute);
    if (!selector || std::string_view(selector.value()).empty())
      return rule_error(std::string(child.name()) + " has no " + selector_attribute, "", lines, file_name, child);
    rule.selector = selector.value();
    if (spec->value_attribute) {
      pugi::xml_attribute value = child.attribute(spec->value_attribute);
      if (value) {
        rule.value = value.value();
      } else if (spec->default_value) {
        rule.value = spec->default_value;
      } else if (!spec->pointer_attribute || !child.attribute(spec->pointer_attribute)) {
        return rule_error(std::string(child.name()) + " has no " + spec->value_attribute, "", lines, file_name,
                          child);
      }
      if (value && spec->allowed.size() > 0 &&
          std::none_of(spec->allowed.begin(), spec->allowed.end(),
                       [&](const char* a) { return rule.value == a; })) {
        std::string allowed;
        for (const char* a : spec->allowed) allowed += (allowed.empty() ? "'" : ", '") + std::string(a) + "'";
        return rule_error(std::string(child.name()) + ": " + spec->value_attribute + " must be one of " + allowed,
                          rule.value, lines, file_name, child);
      }
    }
    if (spec->pointer_attribute) rule.pointer = child.attribute(spec->pointer_attribute).value();
    if (spec->kind == RuleKind::kLocNote) {
      // Exactly one of: an its:locNote child, locNotePointer, locNoteRef,
      // locNoteRefPointer (ITS 2.0 section 8.3).
      int given = 0;
      for (pugi::xml_node note : child.children()) {
        if (note.type() != pugi::node_element) continue;
        Resolved n = resolve(note, scope);
        if (n.uri == kItsNamespace && n.local == "locNote") {
          rule.value = all_text_of(note);  // the whole text, child markup's too
          ++given;
        }
      }
      if (pugi::xml_attribute ref = child.attribute("locNoteRef")) {
        rule.value = ref.value();
        rule.note_is_reference = true;
        ++given;
      }
      if (pugi::xml_attribute ref_pointer = child.attribute("locNoteRefPointer")) {
        rule.pointer = ref_pointer.value();
        rule.note_is_reference = true;
        ++given;
      }
      if (child.attribute("locNotePointer")) ++given;
      if (given == 0)
        return rule_error("its:locNoteRule has none of its:locNote, locNotePointer, locNoteRef, locNoteRefPointer",
                          "", lines, file_name, child);
      if (given > 1)
        return rule_error("its:locNoteRule has more than one of its:locNote, locNotePointer, locNoteRef, "
                          "locNoteRefPointer",
                          "", lines, file_name, child);
      rule.note_type = child.attribute("locNoteType").as_string("description");
      if (rule.note_type != "description" && rule.note_type != "alert")
        return rule_error("its:locNoteRule: locNoteType must be one of 'description', 'alert'", rule.note_type,
                          lines, file_name, child);
    }
    if (spec->kind == RuleKind::kExternalResource && rule.pointer.empty())
      return rule_error(std::string(child.name()) + " has no " + spec->pointer_attribute, "", lines, file_name,
                        child);
    if ((spec->kind == RuleKind::kLang || spec->kind == RuleKind::kIdValue) && rule.pointer.empty())
      return rule_error(std::string(child.name()) + " has no " + spec->pointer_attribute, "", lines, file_name,
                        child);
    if (spec->kind == RuleKind::kCredits && child.first_child() && !text.empty()) {
      const size_t begin = node_begin(child), end = node_end(text, child);
      if (begin != std::string_view::npos && end != std::string_view::npos) {
        StartTag tag = scan_start_tag(text, begin);
        rule.value = std::string(text.substr(tag.end, text.rfind('<', end - 1) - tag.end));
      }
    }
    if (spec->kind == RuleKind::kPreserveSpace && name.uri == kItstoolNamespace)
      rule.value = rule.value == "yes" ? "preserve" : "default";
    if (spec->kind == RuleKind::kLocaleFilter) {
      rule.filter_type = child.attribute("localeFilterType").as_string("include");
      if (rule.filter_type != "include" && rule.filter_type != "exclude")
        return rule_error("its:localeFilterRule: localeFilterType must be one of 'include', 'exclude'",
                          rule.filter_type, lines, file_name, child);
    }
    out.rules.push_back(std::move(rule));
  }
  return out;
}

Result<std::vector<RuleSet>> read_rules_files(FileSystem& fs, const std::vector<std::string>& paths) {
  std::vector<RuleSet> sets;
  for (const std::string& path : paths) {
    Result<std::string> text = fs.read(path);
    if (!text) return text.error();
    Result<RuleSet> rules = parse_rules(*text, path);
    if (!rules) return rules.error();
    sets.push_back(std::move(*rules));
  }
  return sets;
}

Result<RuleSet> parse_rules(std::string_view bytes, const std::string& file_name) {
  Result<DecodedXml> decoded = decode_xml(std::string(bytes), file_name);
  if (!decoded) return decoded.error();
  const std::string_view text = decoded->text;
  LineIndex lines(text);
  pugi::xml_document doc;
  if (Status s = parse_xml(doc, text, file_name, lines); !s) return s.error();
  pugi::xml_node root = doc.document_element();
  NamespaceBindings scope = in_scope_namespaces(root);
  Resolved name = resolve(root, scope);
  if (name.uri != kItsNamespace || name.local != "rules")
    return Error{"invalid-its-rule",
                 "not an ITS rules file: the root element is not its:rules (namespace " +
                     std::string(kItsNamespace) + ")",
                 root.name(), lines.locate(file_name, static_cast<size_t>(std::max<ptrdiff_t>(root.offset_debug() - 1, 0)))};
  return rules_from_element(root, file_name, lines, text);
}

}  // namespace xloc::its
