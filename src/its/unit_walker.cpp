#include "its/unit_walker.h"

#include <algorithm>
#include <deque>
#include <memory>
#include <unordered_map>

#include <pugixml.hpp>

#include "its/builtin_rules.h"
#include "its/line_index.h"
#include "its/rule_parser.h"
#include "its/selector.h"
#include "its/tag_scanner.h"
#include "its/xml_text.h"

namespace xloc::its {
namespace {

constexpr size_t npos = std::string_view::npos;

// What the global rules say about one element; -1 means "no rule matched".
struct NodeRules {
  signed char translate = -1;  // 0 no, 1 yes
  signed char within = -1;     // 0 no, 1 yes, 2 nested
  signed char preserve = -1;   // 0 default, 1 preserve
  signed char drop = -1;       // 0 keep, 1 drop (itst:drop, or a locale filter no locale passes)
  std::optional<std::string> note, lang, context, id;
};

// The local ITS and xml: attributes of one element.
struct LocalAttributes {
  pugi::xml_attribute translate, within_text, loc_note, filter_list, filter_type, drop, context, space, lang, id;
};

// What the walk remembers about an element from before it was renamed.
struct ElementFacts {
  size_t begin = 0;
  std::string_view name;  // as written
  std::string_view uri;   // points into Walker::uris_
};

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

std::string dirname_of(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
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
  Walker(std::string_view source, const std::string& file, FileSystem& fs, const WalkOptions& options)
      : source_(source), file_(file), fs_(fs), options_(options), lines_(source) {}

  Result<WalkResult> run();

 private:
  Status collect(pugi::xml_node element, const NamespaceBindings& scope);
  Status load_document_rules(pugi::xml_node rules, const NamespaceBindings& scope);
  Status apply(const Rule& rule);
  std::optional<size_t> visit(pugi::xml_node element, Builder* message, size_t scope,
                              bool translate, bool preserve, const std::string& lang,
                              const std::vector<std::string>& notes, std::vector<Span>& container);
  void start_tag(Builder& b, pugi::xml_node element);
  void append_text(std::string& out, pugi::xml_node text) const;
  void place_credits();
  size_t begin_of(pugi::xml_node e) const { return facts_.at(e.internal_object()).begin; }
  size_t end_of(pugi::xml_node e) const {
    return node_end(source_, e, [this](pugi::xml_node n) { return begin_of(n); });
  }
  // Canonical names of the local ITS attributes, set once the table is known.
  struct LocalNames {
    std::string translate, within_text, loc_note, locale_filter_list, locale_filter_type, drop, context;
  } names_;
  Error error_at(std::string code, std::string message, size_t offset, std::string fragment = "") const {
    return Error{std::move(code), std::move(message), std::move(fragment), lines_.locate(file_, offset)};
  }

  std::string_view source_;
  std::string file_;
  FileSystem& fs_;
  const WalkOptions& options_;
  LineIndex lines_;
  pugi::xml_document doc_;
  NamespaceTable table_;
  std::unordered_map<pugi::xml_node_struct*, ElementFacts> facts_;
  std::unordered_map<pugi::xml_node_struct*, NodeRules> rules_;
  RuleSet document_rules_;
  std::deque<std::string> uris_;  // stable addresses for ElementFacts::uri
  std::string_view intern(const std::string& uri) {
    for (const std::string& u : uris_)
      if (u == uri) return u;
    return uris_.emplace_back(uri);
  }
  std::string prefix_its_, prefix_itst_;
  pugi::xml_node credits_node_;
  WalkResult result_;
};

Status Walker::collect(pugi::xml_node element, const NamespaceBindings& outer) {
  const NamespaceBindings declared = declared_namespaces(element);
  NamespaceBindings merged;
  if (!declared.empty()) {
    merged = declared;
    for (auto& b : outer)
      if (!lookup(merged, b.first)) merged.push_back(b);
  }
  const NamespaceBindings& scope = declared.empty() ? outer : merged;
  const size_t begin = node_begin(element);
  if (begin == npos) return Error{"malformed-xml", "cannot locate an element in the source", element.name(), {file_}};
  QName q = split_qname(element.name());
  auto uri = lookup(scope, q.prefix);
  if (!uri && !q.prefix.empty())
    return error_at("malformed-xml", "undeclared namespace prefix '" + std::string(q.prefix) + "'", begin,
                    element.name());
  ElementFacts f;
  f.begin = begin;
  f.name = source_.substr(begin + 1, std::string_view(element.name()).size());
  f.uri = intern(uri.value_or(""));
  facts_.emplace(element.internal_object(), f);
  if (f.uri == kItsNamespace && q.local == "rules") {
    if (Status s = load_document_rules(element, scope); !s) return s;
  }
  for (pugi::xml_node child : element.children())
    if (child.type() == pugi::node_element)
      if (Status s = collect(child, scope); !s) return s;
  // Renamed after its subtree was read (embedded rules are read with the
  // names as written); renaming loses pugixml's offset, saved in facts_.
  element.set_name(table_.canonical_name(f.uri, q.local).c_str());
  for (pugi::xml_attribute a : element.attributes()) {
    QName aq = split_qname(a.name());
    if (aq.prefix.empty() || aq.prefix == "xmlns" || aq.prefix == "xml") continue;
    if (auto attribute_uri = lookup(scope, aq.prefix)) a.set_name(table_.canonical_name(*attribute_uri, aq.local).c_str());
  }
  return ok_status();
}

Status Walker::load_document_rules(pugi::xml_node rules, const NamespaceBindings& scope) {
  for (pugi::xml_attribute a : rules.attributes()) {
    QName q = split_qname(a.name());
    if (q.local != "href" || lookup(scope, q.prefix).value_or("") != kXlinkNamespace) continue;
    const std::string path = dirname_of(file_) + a.value();
    Result<std::string> text = fs_.read(path);
    if (!text) {
      Error e = error_at("unreadable-file", "cannot read the linked ITS rules file '" + path + "'",
                         begin_of(rules), a.value());
      return e;
    }
    Result<RuleSet> linked = parse_rules(*text, path);
    if (!linked) return linked.error();
    document_rules_.append(*linked);
  }
  Result<RuleSet> own = rules_from_element(rules, file_, lines_, source_);
  if (!own) return own.error();
  document_rules_.append(*own);
  return ok_status();
}

Status Walker::apply(const Rule& rule) {
  std::unique_ptr<pugi::xpath_variable_set> variables;
  if (!rule.params.empty()) {
    variables = std::make_unique<pugi::xpath_variable_set>();
    for (auto& [name, value] : rule.params) variables->set(name.c_str(), value.c_str());
  }
  auto selector = compile_selector(rule.selector, rule.namespaces, table_, variables.get(), rule.where);
  if (!selector) return selector.error();
  // "1 + 2" is valid XPath but selects nothing: pugixml would throw on it.
  if ((*selector)->return_type() != pugi::xpath_type_node_set)
    return Error{"invalid-selector", "the selector is an XPath expression that does not select nodes", rule.selector,
                 rule.where};
  // The walk reads xml:lang and xml:id itself; a rule pointing at them
  // would only repeat that, at the price of an XPath per element.
  if ((rule.kind == RuleKind::kLang && rule.pointer == "@xml:lang") ||
      (rule.kind == RuleKind::kIdValue && rule.pointer == "@xml:id"))
    return ok_status();
  std::shared_ptr<pugi::xpath_query> pointer;
  if (!rule.pointer.empty()) {
    auto p = compile_selector(rule.pointer, rule.namespaces, table_, variables.get(), rule.where);
    if (!p) return p.error();
    pointer = *p;
  }
  pugi::xpath_node_set nodes = (*selector)->evaluate_node_set(doc_);
  if (rule.kind == RuleKind::kCredits) {
    if (nodes.empty() || !nodes.first().node()) return ok_status();
    result_.credits = true;
    credits_node_ = nodes.first().node();
    result_.credits_template = rule.value;
    result_.credits_namespaces = rule.namespaces;
    return ok_status();
  }
  for (const pugi::xpath_node& xn : nodes) {
    pugi::xml_node n = xn.node();
    if (!n || xn.attribute() || n.type() != pugi::node_element) continue;  // attributes are not units
    NodeRules& r = rules_[n.internal_object()];
    auto value = [&]() { return pointer ? pointer->evaluate_string(xn) : rule.value; };
    switch (rule.kind) {
      case RuleKind::kTranslate: r.translate = rule.value == "yes"; break;
      case RuleKind::kWithinText: r.within = rule.value == "yes" ? 1 : rule.value == "nested" ? 2 : 0; break;
      case RuleKind::kPreserveSpace: r.preserve = rule.value == "preserve"; break;
      case RuleKind::kDrop: r.drop = rule.value == "yes"; break;
      case RuleKind::kLocaleFilter:
        if ((rule.value.empty() && rule.filter_type == "include") ||
            (rule.value == "*" && rule.filter_type == "exclude"))
          r.drop = 1;
        break;
      case RuleKind::kLocNote: r.note = value(); break;
      case RuleKind::kLang: {
        std::string v = value();
        if (!v.empty()) r.lang = v;
        break;
      }
      case RuleKind::kIdValue: r.id = value(); break;
      case RuleKind::kContext: r.context = value(); break;
      case RuleKind::kCredits: break;
    }
  }
  return ok_status();
}

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
  const ElementFacts& f = facts_.at(element.internal_object());
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

std::optional<size_t> Walker::visit(pugi::xml_node element, Builder* message, size_t scope,
                                    bool translate, bool preserve, const std::string& inherited_lang,
                                    const std::vector<std::string>& inherited_notes,
                                    std::vector<Span>& container) {
  const ElementFacts& f = facts_.at(element.internal_object());
  static const NodeRules kNoRules;
  auto found = rules_.find(element.internal_object());
  const NodeRules& r = found == rules_.end() ? kNoRules : found->second;
  // One pass over the attributes for the local ITS and xml: ones; most
  // elements have none, and most attribute names fail on the first byte.
  LocalAttributes local;
  for (pugi::xml_attribute a : element.attributes()) {
    const char* n = a.name();
    if (n[0] == 'x' && n[1] == 'm' && n[2] == 'l' && n[3] == ':') {
      std::string_view v(n + 4);
      if (v == "space") local.space = a;
      else if (v == "lang") local.lang = a;
      else if (v == "id") local.id = a;
    } else if (n[0] == '_') {
      if (names_.translate == n) local.translate = a;
      else if (names_.within_text == n) local.within_text = a;
      else if (names_.loc_note == n) local.loc_note = a;
      else if (names_.locale_filter_list == n) local.filter_list = a;
      else if (names_.locale_filter_type == n) local.filter_type = a;
      else if (names_.drop == n) local.drop = a;
      else if (names_.context == n) local.context = a;
    }
  }

  if (NamespaceBindings declared = declared_namespaces(element); !declared.empty()) {
    NamespaceBindings merged;
    for (auto& b : declared)
      if (!b.first.starts_with(kCanonicalPrefix)) merged.push_back(b);
    for (auto& b : result_.scopes[scope])
      if (!lookup(merged, b.first)) merged.push_back(b);
    result_.scopes.push_back(std::move(merged));
    scope = result_.scopes.size() - 1;
  }

  // Dropped: not for any locale, no unit, no placeholder.
  pugi::xml_attribute drop = local.drop;
  pugi::xml_attribute filter_list = local.filter_list;
  pugi::xml_attribute filter_type = local.filter_type;
  bool dropped = drop ? std::string_view(drop.value()) == "yes" : r.drop == 1;
  if (filter_list || filter_type) {
    std::string_view list = filter_list ? filter_list.value() : "*";
    std::string_view type = filter_type ? filter_type.value() : "include";
    dropped = dropped || (list.empty() && type == "include") || (list == "*" && type == "exclude");
  }
  if (dropped) {
    container.push_back({Span::Kind::kDrop, f.begin, end_of(element), 0});
    return std::nullopt;
  }

  if (pugi::xml_attribute t = local.translate) translate = std::string_view(t.value()) == "yes";
  else if (r.translate >= 0) translate = r.translate == 1;
  if (pugi::xml_attribute s = local.space) preserve = std::string_view(s.value()) == "preserve";
  else if (r.preserve >= 0) preserve = r.preserve == 1;
  std::string lang = inherited_lang;
  if (pugi::xml_attribute l = local.lang) lang = l.value();
  else if (r.lang) lang = *r.lang;
  std::vector<std::string> own_notes;
  if (pugi::xml_attribute n = local.loc_note) own_notes.push_back(n.value());
  else if (r.note) own_notes.push_back(*r.note);
  const std::vector<std::string>& notes = own_notes.empty() ? inherited_notes : own_notes;

  int within = r.within >= 0 ? r.within : 0;
  if (pugi::xml_attribute w = local.within_text) {
    std::string_view v = w.value();
    within = v == "yes" ? 1 : v == "nested" ? 2 : 0;
  }
  // ITS's own elements (its:rules, its:locNote...) are never content.
  if (f.uri == kItsNamespace && split_qname(f.name).local != "span") translate = false;

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
  } else if (!message || within != 1) {
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
            visit(child, current, scope, translate, preserve, lang, is_unit ? notes : inherited_notes, spans);
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
    container.insert(container.end(), inner.begin(), inner.end());
    return std::nullopt;
  }
  Unit u;
  u.text = preserve ? std::move(own.text) : collapse_whitespace(own.text);
  pugi::xml_attribute context = local.context;
  pugi::xml_attribute xml_id = local.id;
  if (xml_id) u.id = xml_id.value();
  else if (r.id) u.id = r.id;
  if (context) u.context = context.value();
  else if (r.context) u.context = r.context;
  else if (u.id) u.context = u.id;
  u.notes = notes;
  u.notes.insert(u.notes.end(), own.notes.begin(), own.notes.end());
  u.line = lines_.line_of(f.begin);
  u.language = lang;
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
  result_.units.push_back(std::move(u));
  const size_t index = result_.units.size() - 1;
  container.push_back({Span::Kind::kUnit, f.begin, result_.units[index].end, index});
  return index;
}

// Where translator credits go: at the end of the appendTo element's
// content, as a span export fills in. Only outside units (an element with
// text of its own would get the credits mixed into its message).
void Walker::place_credits() {
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

Result<WalkResult> Walker::run() {
  result_.file = file_;
  if (Status s = parse_xml(doc_, source_, file_, lines_); !s) return s.error();
  pugi::xml_node root = doc_.document_element();
  if (!root) return error_at("malformed-xml", "malformed XML: no root element", 0);
  NamespaceBindings base{{"xml", kXmlNamespace}};
  if (Status s = collect(root, base); !s) return s.error();
  const ElementFacts root_facts = facts_.at(root.internal_object());
  result_.root_namespace = std::string(root_facts.uri);
  result_.root_begin = root_facts.begin;
  result_.root_language = root.attribute("xml:lang").value();

  RuleSet rules;
  std::optional<BuiltinRules> builtin =
      options_.builtin_rules ? builtin_rules_for(result_.root_namespace) : std::nullopt;
  if (builtin) {
    // Parsed once per thread: the same few files serve every document.
    thread_local std::unordered_map<std::string_view, RuleSet> parsed_builtins;
    auto cached = parsed_builtins.find(builtin->file_name);
    if (cached == parsed_builtins.end()) {
      Result<RuleSet> parsed = parse_rules(builtin->text, std::string(builtin->file_name));
      if (!parsed) return parsed.error();
      cached = parsed_builtins.emplace(builtin->file_name, std::move(*parsed)).first;
    }
    rules.append(cached->second);
  }
  for (const RuleSet& r : options_.rules) rules.append(r);
  rules.append(document_rules_);
  if (!builtin && rules.rules.empty())
    return error_at("no-rules",
                    "no ITS rules for the namespace '" + result_.root_namespace + "' of the root element '" +
                        std::string(root_facts.name) +
                        "': xloc knows DocBook 5, Mallard 1.0 and XHTML; give rules with --rules FILE.its",
                    root_facts.begin, std::string(root_facts.name));

  for (size_t i = 0; i < table_.uris().size(); ++i)  // so namespace-uri() works in selectors
    root.append_attribute(("xmlns:" + table_.prefix_for(table_.uris()[i])).c_str()) = table_.uris()[i].c_str();
  prefix_its_ = table_.prefix_for(kItsNamespace) + ":";
  prefix_itst_ = table_.prefix_for(kItstoolNamespace) + ":";
  names_ = {prefix_its_ + "translate",          prefix_its_ + "withinText",       prefix_its_ + "locNote",
            prefix_its_ + "localeFilterList",   prefix_its_ + "localeFilterType", prefix_itst_ + "drop",
            prefix_itst_ + "context"};

  for (const Rule& rule : rules.rules)
    if (Status s = apply(rule); !s) return s.error();

  result_.scopes.push_back(base);
  visit(root, nullptr, 0, true, false, "", {}, result_.top);
  place_credits();
  return std::move(result_);
}

}  // namespace

Result<WalkResult> walk_units(std::string_view source, const std::string& file_name, FileSystem& fs,
                              const WalkOptions& options) {
  Walker walker(source, file_name, fs, options);
  return walker.run();
}

}  // namespace xloc::its
