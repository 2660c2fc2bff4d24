#include "its/unit_walker.h"

#include <algorithm>
#include <deque>
#include <memory>
#include <unordered_map>

#include <pugixml.hpp>

#include "its/annotator.h"
#include "its/external_resource.h"
#include "its/line_index.h"
#include "its/locale_filter.h"
#include "its/selector.h"
#include "its/tag_scanner.h"
#include "its/xml_text.h"

namespace xloc::its {
namespace {

constexpr size_t npos = std::string_view::npos;

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (char c : s) {
    if (is_xml_space(c)) {
      pending = !out.empty();
    } else {
      if (pending) out += ' ';
      pending = false;
      out += c;
    }
  }
  return out;
}

void append_escaped(std::string& out, std::string_view text, bool attribute) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"':
        if (attribute) {
          out += "&quot;";
          break;
        }
        [[fallthrough]];
      default: out += c;
    }
  }
}

bool has_non_space(std::string_view s) {
  for (char c : s)
    if (!is_xml_space(c)) return true;
  return false;
}

// The "#." text of a localization note; a reference (locNoteRef) as
// itstool writes it. An alert (locNoteType="alert") reads as itstool
// writes it too: catalogs made by either tool stay equal.
std::string note_text(const ItsValues& v) {
  return v.loc_note_is_reference ? "(itstool) link: " + *v.loc_note : *v.loc_note;
}

// A unit under construction.
struct Builder {
  std::string text;
  bool nonempty = false;
  std::vector<Placeholder> placeholders;
  std::vector<std::string> notes;  // notes on inline elements
};

class Walker {
 public:
  Walker(const Annotator& annotated, FileSystem& fs, std::string_view locale)
      : a_(annotated), fs_(fs), source_(annotated.source()), locale_(locale) {}

  WalkResult run();

 private:
  std::optional<size_t> visit(pugi::xml_node element, Builder* message, size_t scope, const ItsValues& parent,
                              const std::vector<std::string>& notes, std::vector<Span>& container);
  void start_tag(Builder& b, pugi::xml_node element);
  void attribute_units(pugi::xml_node element, const ItsValues& values, std::vector<Span>& spans);
  void external_units(pugi::xml_node element, const ItsValues& values, std::vector<Span>* spans);
  void append_text(std::string& out, pugi::xml_node text) const;
  void place_credits();
  size_t begin_of(pugi::xml_node e) const { return a_.begin_of(e); }
  size_t end_of(pugi::xml_node e) const { return a_.end_of(e); }

  const Annotator& a_;
  FileSystem& fs_;  // external resources' files, for their MD5
  std::string_view source_;
  std::string_view locale_;
  WalkResult result_;
};

// Text from the source bytes (pugixml has read "&product;" and
// "&amp;product;" as the same text), so an entity reference stays one;
// CDATA holds no references.
void Walker::append_text(std::string& out, pugi::xml_node text) const {
  const size_t begin = node_begin(text);
  const size_t end = text.type() == pugi::node_pcdata ? node_end(source_, text) : std::string_view::npos;
  if (begin == npos || end == npos || end < begin) append_escaped(out, text.value(), false);
  else append_character_data(out, source_.substr(begin, end - begin), false);
}

void Walker::start_tag(Builder& b, pugi::xml_node element) {
  const ElementFacts& f = a_.facts(element);
  b.text += '<';
  b.text += f.name;
  // From the source bytes, so that an entity reference stays one.
  for (const ScannedAttribute& a : scan_start_tag(source_, f.begin).attributes) {
    if (a.name == "xmlns" || a.name.starts_with("xmlns:")) continue;
    b.text += ' ';
    b.text += a.name;
    b.text += "=\"";
    append_character_data(b.text, source_.substr(a.value_begin, a.value_end - a.value_begin), true);
    b.text += '"';
  }
  b.text += element.first_child() ? ">" : "/>";
}

void Walker::attribute_units(pugi::xml_node element, const ItsValues& values, std::vector<Span>& spans) {
  if (!a_.any_attribute_rules()) return;
  const ElementFacts& f = a_.facts(element);
  std::optional<StartTag> tag;
  size_t i = 0;
  for (pugi::xml_attribute attribute : element.attributes()) {
    const size_t index = i++;
    const ItsValues v = a_.attribute_values(element, attribute, values);
    if (!v.translate) continue;
    if (!tag) tag = scan_start_tag(source_, f.begin);
    if (index >= tag->attributes.size()) break;  // the canonical xmlns: the annotator added to the root
    const ScannedAttribute& scanned = tag->attributes[index];
    if (scanned.name == "xmlns" || scanned.name.starts_with("xmlns:")) continue;
    std::string text;
    append_character_data(text, source_.substr(scanned.value_begin, scanned.value_end - scanned.value_begin), false);
    Unit u;
    u.text = v.preserve_space ? std::move(text) : collapse_whitespace(text);
    if (u.text.empty()) continue;
    // Named as itstool names it: parent/element@attribute, local names.
    pugi::xml_node parent = element.parent();
    std::string path = parent.type() == pugi::node_element
                           ? std::string(split_qname(a_.facts(parent).name).local) + "/"
                           : "";
    path += std::string(split_qname(f.name).local) + "@" + std::string(split_qname(scanned.name).local);
    u.notes.push_back("(itstool) path: " + path);
    if (v.loc_note_own) u.notes.push_back(note_text(v));
    u.line = a_.lines().line_of(f.begin);
    u.language = v.lang;
    u.preserve_space = v.preserve_space;
    u.element = std::string(f.name);
    u.attribute = std::string(scanned.name);
    u.begin = u.content_begin = scanned.value_begin;
    u.end = u.content_end = scanned.value_end;
    result_.units.push_back(std::move(u));
    spans.push_back({Span::Kind::kUnit, scanned.value_begin, scanned.value_end, result_.units.size() - 1});
  }
}

void Walker::external_units(pugi::xml_node element, const ItsValues& values, std::vector<Span>* spans) {
  const ElementFacts& f = a_.facts(element);
  std::optional<StartTag> tag;
  auto add = [&](const std::string& reference, std::optional<size_t> attribute_index) {
    if (reference.empty()) return;
    Unit u;
    u.text = external_resource_msgid(fs_, a_.file(), reference);
    u.context = kExternalResourceContext;
    u.notes.push_back(kExternalResourceNote);
    u.external = true;
    u.line = a_.lines().line_of(f.begin);
    u.element = std::string(f.name);
    if (spans && attribute_index) {
      if (!tag) tag = scan_start_tag(source_, f.begin);
      if (*attribute_index < tag->attributes.size()) {
        const ScannedAttribute& scanned = tag->attributes[*attribute_index];
        const bool taken = std::any_of(spans->begin(), spans->end(),
                                       [&](const Span& s) { return s.begin == scanned.value_begin; });
        if (!taken) {
          u.attribute = std::string(scanned.name);
          u.begin = u.content_begin = scanned.value_begin;
          u.end = u.content_end = scanned.value_end;
        }
      }
    }
    result_.units.push_back(std::move(u));
    const Unit& added = result_.units.back();
    if (added.attribute) {
      spans->push_back({Span::Kind::kUnit, added.begin, added.end, result_.units.size() - 1});
      std::sort(spans->begin(), spans->end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    }
  };
  if (values.external_resource) {
    // The pointer is usually an attribute of the element ("@src"): the one
    // with that value is where export puts the localized reference.
    std::optional<size_t> at;
    size_t i = 0;
    for (pugi::xml_attribute attribute : element.attributes()) {
      if (*values.external_resource == attribute.value()) {
        at = i;
        break;
      }
      ++i;
    }
    add(*values.external_resource, at);
  }
  if (!a_.any_attribute_rules()) return;
  size_t i = 0;
  for (pugi::xml_attribute attribute : element.attributes()) {
    const size_t index = i++;
    const ItsValues v = a_.attribute_values(element, attribute, values);
    if (v.external_resource) add(*v.external_resource, *v.external_resource == attribute.value() ? std::optional(index) : std::nullopt);
  }
}

std::optional<size_t> Walker::visit(pugi::xml_node element, Builder* message, size_t scope,
                                    const ItsValues& parent, const std::vector<std::string>& inherited_notes,
                                    std::vector<Span>& container) {
  const ElementFacts& f = a_.facts(element);
  ItsValues values = a_.element_values(element, parent);

  if (NamespaceBindings declared = declared_namespaces(element); !declared.empty()) {
    NamespaceBindings merged;
    for (auto& b : declared)
      if (!b.first.starts_with(kCanonicalPrefix)) merged.push_back(b);
    for (auto& b : result_.scopes[scope])
      if (!lookup(merged, b.first)) merged.push_back(b);
    result_.scopes.push_back(std::move(merged));
    scope = result_.scopes.size() - 1;
  }

  // Dropped: not for this locale (or any, when extracting), no unit, no placeholder.
  const bool filtered_out =
      locale_.empty() ? filter_passes_no_locale(values.locale_filter_list, values.locale_filter_exclude)
                      : !locale_passes_filter(values.locale_filter_list, values.locale_filter_exclude, locale_);
  if (values.drop || filtered_out) {
    container.push_back({Span::Kind::kDrop, f.begin, end_of(element), 0});
    return std::nullopt;
  }

  std::vector<std::string> own_notes;
  if (values.loc_note_own) own_notes.push_back(note_text(values));
  const std::vector<std::string>& notes = own_notes.empty() ? inherited_notes : own_notes;
  // ITS's own elements (its:rules, its:locNote...) are never content.
  if (f.uri == kItsNamespace && split_qname(f.name).local != "span") values.translate = false;
  const bool translate = values.translate;
  const bool preserve = values.preserve_space;
  const WithinText within = values.within_text;

  Builder own;
  Builder* current = message;
  bool is_unit = false;
  std::optional<size_t> placeholder;
  if (!translate) {
    if (message) {
      placeholder = message->placeholders.size();
      message->placeholders.push_back({"", f.begin, end_of(element), std::nullopt});
    }
    current = nullptr;
  } else if (!message || within != WithinText::kYes) {
    is_unit = true;
    if (message) {
      placeholder = message->placeholders.size();
      message->placeholders.push_back({"", f.begin, end_of(element), std::nullopt});
    }
    current = &own;
  } else {
    start_tag(*message, element);
    message->notes.insert(message->notes.end(), own_notes.begin(), own_notes.end());
  }
  if (placeholder) {
    Placeholder& p = message->placeholders[*placeholder];
    p.name = std::string(split_qname(f.name).local) + "-" + std::to_string(*placeholder + 1);
    message->text += "<_:" + p.name + "/>";
  }

  // Attributes the rules make translatable become units of their own,
  // before the element's (itstool's order); not those of inline elements,
  // whose start tags are part of their unit's text.
  std::vector<Span> attribute_spans;
  if (is_unit) attribute_units(element, values, attribute_spans);
  // External resources, for the locale's own copy (itstool's order: after
  // the attribute messages). Only outside text can export replace one.
  if (translate) external_units(element, values, is_unit ? &attribute_spans : nullptr);

  std::vector<Span> inner;
  std::vector<Span>& spans = is_unit ? inner : container;
  for (pugi::xml_node child : element.children()) {
    switch (child.type()) {
      case pugi::node_pcdata:
      case pugi::node_cdata:
        if (current) {
          append_text(current->text, child);
          if (!current->nonempty && has_non_space(child.value())) current->nonempty = true;
        }
        break;
      case pugi::node_element: {
        const size_t before = current ? current->placeholders.size() : 0;
        std::optional<size_t> nested =
            visit(child, current, scope, values, is_unit ? notes : inherited_notes, spans);
        if (nested && current && current->placeholders.size() > before)
          current->placeholders[before].unit = nested;
        break;
      }
      default: break;
    }
  }

  if (!is_unit) {
    if (current && translate) current->text += element.first_child() ? "</" + std::string(f.name) + ">" : "";
    return std::nullopt;
  }
  if (!own.nonempty) {  // a container: what it holds belongs to the enclosing unit
    container.insert(container.end(), attribute_spans.begin(), attribute_spans.end());
    container.insert(container.end(), inner.begin(), inner.end());
    return std::nullopt;
  }
  Unit u;
  u.text = preserve ? std::move(own.text) : collapse_whitespace(own.text);
  u.id = values.id;
  u.context = values.context ? values.context : values.id;
  u.notes = notes;
  u.notes.insert(u.notes.end(), own.notes.begin(), own.notes.end());
  u.line = a_.lines().line_of(f.begin);
  u.language = values.lang;
  u.preserve_space = preserve;
  u.element = std::string(f.name);
  u.begin = f.begin;
  u.end = end_of(element);
  StartTag tag = scan_start_tag(source_, f.begin);
  u.content_begin = tag.end;
  u.content_end = tag.self_closing ? tag.end : source_.rfind('<', u.end - 1);
  u.scope = scope;
  u.placeholders = std::move(own.placeholders);
  u.inner = std::move(inner);
  u.tag_spans = std::move(attribute_spans);
  result_.units.push_back(std::move(u));
  const size_t index = result_.units.size() - 1;
  container.push_back({Span::Kind::kUnit, f.begin, result_.units[index].end, index});
  return index;
}

// Where translator credits go: at the end of the appendTo element's
// content, as a span export fills in. Only outside units (an element with
// text of its own would get the credits mixed into its message).
void Walker::place_credits() {
  const pugi::xml_node credits_node_ = a_.credits_node();
  if (!credits_node_ || credits_node_.type() != pugi::node_element || result_.credits_template.empty()) return;
  const size_t end = end_of(credits_node_);
  const size_t at = end == npos ? npos : source_.rfind('<', end - 1);
  if (at == npos || at <= begin_of(credits_node_)) return;  // self-closing: no place to append
  auto inside = std::find_if(result_.top.begin(), result_.top.end(),
                             [&](const Span& s) { return s.begin <= at && at < s.end; });
  if (inside != result_.top.end()) return;
  size_t line = source_.rfind('\n', at);
  std::string indent;
  if (line != npos)
    for (size_t i = line + 1; i < at && (source_[i] == ' ' || source_[i] == '\t'); ++i) indent += source_[i];
  result_.credits_indent = indent;
  result_.credits_scope = in_scope_namespaces(credits_node_);
  std::erase_if(result_.credits_scope, [](const auto& b) { return b.first.starts_with(kCanonicalPrefix); });
  auto pos = std::find_if(result_.top.begin(), result_.top.end(), [&](const Span& s) { return s.begin > at; });
  result_.top.insert(pos, Span{Span::Kind::kCredits, at, at, 0});
}

WalkResult Walker::run() {
  const pugi::xml_node root = a_.root();
  const ElementFacts& root_facts = a_.facts(root);
  result_.file = a_.file();
  result_.root_namespace = std::string(root_facts.uri);
  result_.root_begin = root_facts.begin;
  result_.root_language = root.attribute("xml:lang").value();
  if (a_.credits_node()) {
    result_.credits = true;
    result_.credits_template = a_.credits_template();
    result_.credits_namespaces = a_.credits_namespaces();
  }
  result_.scopes.push_back(NamespaceBindings{{"xml", kXmlNamespace}});
  visit(root, nullptr, 0, ItsValues{}, {}, result_.top);
  place_credits();
  return std::move(result_);
}

}  // namespace

Result<WalkResult> walk_units(std::string_view source, const std::string& file_name, FileSystem& fs,
                              const WalkOptions& options) {
  AnnotateOptions annotate_options;
  annotate_options.rules = options.rules;
  annotate_options.builtin_rules = options.builtin_rules;
  Result<std::unique_ptr<Annotator>> annotated = Annotator::annotate(source, file_name, fs, annotate_options);
  if (!annotated) return annotated.error();
  Walker walker(**annotated, fs, options.locale);
  return walker.run();
}

}  // namespace xloc::its
