#include "its/annotator.h"

#include <deque>
#include <unordered_map>

#include "its/builtin_rules.h"
#include "its/rule_parser.h"
#include "its/selector.h"
#include "its/tag_scanner.h"

namespace xloc::its {
namespace {

constexpr size_t kAnnotatorNpos = std::string_view::npos;

// What the global rules say about one node; -1 means "no rule matched".
struct RuleMatches {
  signed char translate = -1;  // 0 no, 1 yes
  signed char within = -1;     // WithinText
  signed char preserve = -1;   // 0 default, 1 preserve
  signed char drop = -1;       // 0 keep, 1 drop
  signed char dir = -1;        // Direction
  signed char filter_exclude = -1;
  bool note_is_reference = false, note_alert = false;
  std::optional<std::string> note, lang, context, id, filter_list, external;
};

// The local ITS attributes of one node, found in one pass.
struct LocalItsAttributes {
  pugi::xml_attribute translate, within_text, loc_note, loc_note_type, loc_note_ref, filter_list, filter_type, dir,
      drop, context, space, lang, id;
};

std::string linking_folder_of(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

signed char direction_from_name(std::string_view v) {
  if (v == "ltr") return static_cast<signed char>(Direction::kLtr);
  if (v == "rtl") return static_cast<signed char>(Direction::kRtl);
  if (v == "lro") return static_cast<signed char>(Direction::kLro);
  if (v == "rlo") return static_cast<signed char>(Direction::kRlo);
  return -1;
}

WithinText within_text_from_name(std::string_view v) {
  return v == "yes" ? WithinText::kYes : v == "nested" ? WithinText::kNested : WithinText::kNo;
}

}  // namespace

std::string_view direction_name(Direction d) {
  switch (d) {
    case Direction::kLtr: return "ltr";
    case Direction::kRtl: return "rtl";
    case Direction::kLro: return "lro";
    case Direction::kRlo: return "rlo";
  }
  return "ltr";
}

struct Annotator::Impl {
  FileSystem& fs;
  const AnnotateOptions& options;
  NamespaceTable table;
  std::unordered_map<pugi::xml_node_struct*, ElementFacts> facts;
  std::unordered_map<pugi::xml_node_struct*, RuleMatches> element_rules;
  std::unordered_map<pugi::xml_attribute_struct*, RuleMatches> attribute_rules;
  RuleSet document_rules;
  bool has_its_markup = false;  // an ITS element or attribute anywhere
  std::deque<std::string> uris;  // stable addresses for ElementFacts::uri
  // Canonical names of the local ITS attributes, and of its:span, whose
  // unprefixed attributes are local ITS markup too.
  struct LocalNames {
    std::string translate, within_text, loc_note, loc_note_type, loc_note_ref, filter_list, filter_type, dir, drop,
        context, span;
  } names;

  Impl(FileSystem& f, const AnnotateOptions& o) : fs(f), options(o) {}

  std::string_view intern(const std::string& uri) {
    for (const std::string& u : uris)
      if (u == uri) return u;
    return uris.emplace_back(uri);
  }

  LocalItsAttributes local_attributes(pugi::xml_node element) const {
    // Most elements have no ITS attribute, and most attribute names fail on
    // the first byte.
    LocalItsAttributes local;
    const bool span = names.span == element.name();
    for (pugi::xml_attribute a : element.attributes()) {
      const char* n = a.name();
      if (n[0] == 'x' && n[1] == 'm' && n[2] == 'l' && n[3] == ':') {
        std::string_view v(n + 4);
        if (v == "space") local.space = a;
        else if (v == "lang") local.lang = a;
        else if (v == "id") local.id = a;
      } else if (n[0] == '_') {
        if (names.translate == n) local.translate = a;
        else if (names.within_text == n) local.within_text = a;
        else if (names.loc_note == n) local.loc_note = a;
        else if (names.loc_note_type == n) local.loc_note_type = a;
        else if (names.loc_note_ref == n) local.loc_note_ref = a;
        else if (names.filter_list == n) local.filter_list = a;
        else if (names.filter_type == n) local.filter_type = a;
        else if (names.dir == n) local.dir = a;
        else if (names.drop == n) local.drop = a;
        else if (names.context == n) local.context = a;
      } else if (span) {
        std::string_view v(n);
        if (v == "translate") local.translate = a;
        else if (v == "withinText") local.within_text = a;
        else if (v == "locNote") local.loc_note = a;
        else if (v == "locNoteType") local.loc_note_type = a;
        else if (v == "locNoteRef") local.loc_note_ref = a;
        else if (v == "localeFilterList") local.filter_list = a;
        else if (v == "localeFilterType") local.filter_type = a;
        else if (v == "dir") local.dir = a;
      }
    }
    return local;
  }
};

Annotator::Annotator(std::string_view source, const std::string& file, FileSystem& fs,
                     const AnnotateOptions& options)
    : source_(source), file_(file), lines_(source), impl_(std::make_unique<Impl>(fs, options)) {}

Annotator::~Annotator() = default;

const ElementFacts& Annotator::facts(pugi::xml_node element) const {
  return impl_->facts.at(element.internal_object());
}

size_t Annotator::end_of(pugi::xml_node e) const {
  return node_end(source_, e, [this](pugi::xml_node n) { return begin_of(n); });
}

namespace {

Error annotator_error_at(const LineIndex& lines, const std::string& file, std::string code, std::string message,
               size_t offset, std::string fragment = "") {
  return Error{std::move(code), std::move(message), std::move(fragment), lines.locate(file, offset)};
}

}  // namespace

Result<std::unique_ptr<Annotator>> Annotator::annotate(std::string_view source, const std::string& file_name,
                                                       FileSystem& fs, const AnnotateOptions& options) {
  std::unique_ptr<Annotator> a(new Annotator(source, file_name, fs, options));
  if (Status s = a->run(); !s) return s.error();
  return a;
}

Status Annotator::run() {
  Impl& im = *impl_;
  if (Status s = parse_xml(doc_, source_, file_, lines_); !s) return s;
  pugi::xml_node root = doc_.document_element();
  if (!root) return annotator_error_at(lines_, file_, "malformed-xml", "malformed XML: no root element", 0);

  // Reads every element's facts and embedded rules, then renames it.
  struct Collector {
    Annotator& a;
    Status load_document_rules(pugi::xml_node rules, const NamespaceBindings& scope) {
      Impl& im = *a.impl_;
      for (pugi::xml_attribute attr : rules.attributes()) {
        QName q = split_qname(attr.name());
        if (q.local != "href" || lookup(scope, q.prefix).value_or("") != kXlinkNamespace) continue;
        const std::string path = linking_folder_of(a.file_) + attr.value();
        Result<std::string> text = im.fs.read(path);
        if (!text)
          return annotator_error_at(a.lines_, a.file_, "unreadable-file",
                          "cannot read the linked ITS rules file '" + path + "'", a.begin_of(rules), attr.value());
        Result<RuleSet> linked = parse_rules(*text, path);
        if (!linked) return linked.error();
        im.document_rules.append(*linked);
      }
      Result<RuleSet> own = rules_from_element(rules, a.file_, a.lines_, a.source_);
      if (!own) return own.error();
      im.document_rules.append(*own);
      return ok_status();
    }
    Status collect(pugi::xml_node element, const NamespaceBindings& outer) {
      Impl& im = *a.impl_;
      const NamespaceBindings declared = declared_namespaces(element);
      NamespaceBindings merged;
      if (!declared.empty()) {
        merged = declared;
        for (auto& b : outer)
          if (!lookup(merged, b.first)) merged.push_back(b);
      }
      const NamespaceBindings& scope = declared.empty() ? outer : merged;
      const size_t begin = node_begin(element);
      if (begin == kAnnotatorNpos)
        return Error{"malformed-xml", "cannot locate an element in the source", element.name(), {a.file_}};
      QName q = split_qname(element.name());
      auto uri = lookup(scope, q.prefix);
      if (!uri && !q.prefix.empty())
        return annotator_error_at(a.lines_, a.file_, "malformed-xml",
                        "undeclared namespace prefix '" + std::string(q.prefix) + "'", begin, element.name());
      ElementFacts f;
      f.begin = begin;
      f.name = a.source_.substr(begin + 1, std::string_view(element.name()).size());
      f.uri = im.intern(uri.value_or(""));
      if (f.uri == kItsNamespace) im.has_its_markup = true;
      im.facts.emplace(element.internal_object(), f);
      if (f.uri == kItsNamespace && q.local == "rules")
        if (Status s = load_document_rules(element, scope); !s) return s;
      for (pugi::xml_node child : element.children())
        if (child.type() == pugi::node_element)
          if (Status s = collect(child, scope); !s) return s;
      // Renamed after its subtree was read (embedded rules are read with the
      // names as written); renaming loses pugixml's offset, saved in facts.
      element.set_name(im.table.canonical_name(f.uri, q.local).c_str());
      for (pugi::xml_attribute attr : element.attributes()) {
        QName aq = split_qname(attr.name());
        if (aq.prefix.empty() || aq.prefix == "xmlns" || aq.prefix == "xml") continue;
        auto attribute_uri = lookup(scope, aq.prefix);
        if (attribute_uri && *attribute_uri == kItsNamespace) im.has_its_markup = true;
        if (attribute_uri)
          attr.set_name(im.table.canonical_name(*attribute_uri, aq.local).c_str());
      }
      return ok_status();
    }
  } collector{*this};
  if (Status s = collector.collect(root, NamespaceBindings{{"xml", kXmlNamespace}}); !s) return s;
  const ElementFacts root_facts = facts(root);

  for (size_t i = 0; i < im.table.uris().size(); ++i)  // so namespace-uri() works in selectors
    root.append_attribute(("xmlns:" + im.table.prefix_for(im.table.uris()[i])).c_str()) = im.table.uris()[i].c_str();
  const std::string its = im.table.prefix_for(kItsNamespace) + ":";
  const std::string itst = im.table.prefix_for(kItstoolNamespace) + ":";
  im.names = {its + "translate",        its + "withinText",       its + "locNote", its + "locNoteType",
              its + "locNoteRef",       its + "localeFilterList", its + "localeFilterType",
              its + "dir",              itst + "drop",            itst + "context", its + "span"};

  // itst:match: a rules file with match rules applies only to a document
  // one of them selects something in.
  auto applies = [&](const RuleSet& set) -> Result<bool> {
    bool has_match = false;
    for (const Rule& rule : set.rules) {
      if (rule.kind != RuleKind::kMatch) continue;
      has_match = true;
      auto selector = compile_selector(rule.selector, rule.namespaces, im.table, nullptr, rule.where);
      if (!selector) return selector.error();
      if ((*selector)->return_type() == pugi::xpath_type_node_set && !(*selector)->evaluate_node_set(doc_).empty())
        return true;
    }
    return !has_match;
  };
  // Parsed once per thread: the same few files serve every document.
  auto parsed_builtin = [](const BuiltinRules& b) -> Result<const RuleSet*> {
    thread_local std::unordered_map<std::string_view, RuleSet> parsed_builtins;
    auto cached = parsed_builtins.find(b.file_name);
    if (cached == parsed_builtins.end()) {
      Result<RuleSet> parsed = parse_rules(b.text, std::string(b.file_name));
      if (!parsed) return parsed.error();
      cached = parsed_builtins.emplace(b.file_name, std::move(*parsed)).first;
    }
    return &cached->second;
  };

  RuleSet rules;
  bool builtin = false;
  if (im.options.builtin_rules) {
    // By the root's namespace; without one, by DOCTYPE public id, then by
    // the sets' own itst:match rules.
    if (auto b = builtin_rules_for(std::string(root_facts.uri))) {
      Result<const RuleSet*> set = parsed_builtin(*b);
      if (!set) return set.error();
      rules.append(**set);
      builtin = true;
    } else if (root_facts.uri.empty()) {
      std::string_view doctype;
      for (pugi::xml_node n : doc_.children())
        if (n.type() == pugi::node_doctype) doctype = n.value();
      for (const BuiltinRules& b : builtin_rules()) {
        if (!b.namespace_uri.empty()) continue;
        Result<const RuleSet*> set = parsed_builtin(b);
        if (!set) return set.error();
        bool chosen = !b.public_id.empty() && doctype.find("\"" + std::string(b.public_id)) != std::string_view::npos;
        if (!chosen) {
          Result<bool> matched = applies(**set);
          if (!matched) return matched.error();
          chosen = *matched;
        }
        if (chosen) {
          rules.append(**set);
          builtin = true;
          break;
        }
      }
    }
  }
  for (const RuleSet& r : im.options.rules) {
    Result<bool> matched = applies(r);
    if (!matched) return matched.error();
    if (*matched) rules.append(r);
  }
  rules.append(im.document_rules);
  // A document that speaks ITS itself (local markup, or rules only of
  // categories xloc does not use) needs no rules from outside.
  if (im.options.require_rules && !builtin && rules.rules.empty() && !im.has_its_markup)
    return annotator_error_at(lines_, file_, "no-rules",
                    "no ITS rules for the namespace '" + std::string(root_facts.uri) + "' of the root element '" +
                        std::string(root_facts.name) +
                        "': xloc knows DocBook 4 and 5, Mallard 1.0 and XHTML; give rules with --rules FILE.its",
                    root_facts.begin, std::string(root_facts.name));

  for (const Rule& rule : rules.rules) {
    if (rule.kind == RuleKind::kMatch) continue;
    std::unique_ptr<pugi::xpath_variable_set> variables;
    if (!rule.params.empty()) {
      variables = std::make_unique<pugi::xpath_variable_set>();
      for (auto& [name, value] : rule.params) variables->set(name.c_str(), value.c_str());
    }
    auto selector = compile_selector(rule.selector, rule.namespaces, im.table, variables.get(), rule.where);
    if (!selector) return selector.error();
    // "1 + 2" is valid XPath but selects nothing: pugixml would throw on it.
    if ((*selector)->return_type() != pugi::xpath_type_node_set)
      return Error{"invalid-selector", "the selector is an XPath expression that does not select nodes",
                   rule.selector, rule.where};
    // Local xml:lang and xml:id are read anyway; a rule pointing at them
    // would only repeat that, at the price of an XPath per element.
    if ((rule.kind == RuleKind::kLang && rule.pointer == "@xml:lang") ||
        (rule.kind == RuleKind::kIdValue && rule.pointer == "@xml:id"))
      continue;
    std::shared_ptr<pugi::xpath_query> pointer;
    if (!rule.pointer.empty()) {
      auto p = compile_selector(rule.pointer, rule.namespaces, im.table, variables.get(), rule.where);
      if (!p) return p.error();
      pointer = *p;
    }
    pugi::xpath_node_set nodes = (*selector)->evaluate_node_set(doc_);
    if (rule.kind == RuleKind::kCredits) {
      if (nodes.empty() || !nodes.first().node()) continue;
      credits_node_ = nodes.first().node();
      credits_template_ = rule.value;
      credits_namespaces_ = rule.namespaces;
      continue;
    }
    for (const pugi::xpath_node& xn : nodes) {
      pugi::xml_node n = xn.node();
      RuleMatches* target = nullptr;
      if (xn.attribute()) target = &im.attribute_rules[xn.attribute().internal_object()];
      else if (n && n.type() == pugi::node_element) target = &im.element_rules[n.internal_object()];
      if (!target) continue;
      RuleMatches& r = *target;
      auto value = [&]() { return pointer ? pointer->evaluate_string(xn) : rule.value; };
      switch (rule.kind) {
        case RuleKind::kTranslate: r.translate = rule.value == "yes"; break;
        case RuleKind::kWithinText: r.within = static_cast<signed char>(within_text_from_name(rule.value)); break;
        case RuleKind::kPreserveSpace: r.preserve = rule.value == "preserve"; break;
        case RuleKind::kDrop: r.drop = rule.value == "yes"; break;
        case RuleKind::kLocaleFilter:
          r.filter_list = rule.value;
          r.filter_exclude = rule.filter_type == "exclude";
          break;
        case RuleKind::kLocNote:
          r.note = value();
          r.note_is_reference = rule.note_is_reference;
          r.note_alert = rule.note_type == "alert";
          break;
        case RuleKind::kLang: {
          std::string v = value();
          if (!v.empty()) r.lang = v;
          break;
        }
        case RuleKind::kIdValue: r.id = value(); break;
        case RuleKind::kContext: r.context = value(); break;
        case RuleKind::kDirection: r.dir = direction_from_name(rule.value); break;
        case RuleKind::kExternalResource: r.external = value(); break;
        case RuleKind::kCredits:
        case RuleKind::kMatch: break;
      }
    }
  }
  return ok_status();
}

ItsValues Annotator::element_values(pugi::xml_node element, const ItsValues& parent) const {
  static const RuleMatches kNoRuleMatches;
  auto found = impl_->element_rules.find(element.internal_object());
  const RuleMatches& r = found == impl_->element_rules.end() ? kNoRuleMatches : found->second;
  const LocalItsAttributes local = impl_->local_attributes(element);

  ItsValues v = parent;
  // Categories that are not inherited start again at their defaults.
  v.within_text = WithinText::kNo;
  v.id.reset();
  v.external_resource.reset();
  v.drop = false;
  v.context.reset();
  v.loc_note_own = false;

  if (local.translate) v.translate = std::string_view(local.translate.value()) == "yes";
  else if (r.translate >= 0) v.translate = r.translate == 1;
  if (local.within_text) v.within_text = within_text_from_name(local.within_text.value());
  else if (r.within >= 0) v.within_text = static_cast<WithinText>(r.within);
  if (local.space) v.preserve_space = std::string_view(local.space.value()) == "preserve";
  else if (r.preserve >= 0) v.preserve_space = r.preserve == 1;
  if (local.lang) v.lang = local.lang.value();
  else if (r.lang) v.lang = *r.lang;
  if (local.loc_note || local.loc_note_ref) {
    v.loc_note_is_reference = !local.loc_note;
    v.loc_note = local.loc_note ? local.loc_note.value() : local.loc_note_ref.value();
    v.loc_note_alert = std::string_view(local.loc_note_type.value()) == "alert";
    v.loc_note_own = true;
  } else if (r.note) {
    v.loc_note = r.note;
    v.loc_note_is_reference = r.note_is_reference;
    v.loc_note_alert = r.note_alert;
    v.loc_note_own = true;
  }
  if (local.id) v.id = local.id.value();
  else if (r.id) v.id = r.id;
  if (local.filter_list || local.filter_type) {
    v.locale_filter_list = local.filter_list ? local.filter_list.value() : "*";
    v.locale_filter_exclude = std::string_view(local.filter_type.value()) == "exclude";
  } else if (r.filter_list) {
    v.locale_filter_list = *r.filter_list;
    v.locale_filter_exclude = r.filter_exclude == 1;
  }
  if (signed char d = local.dir ? direction_from_name(local.dir.value()) : -1; d >= 0) v.dir = static_cast<Direction>(d);
  else if (r.dir >= 0) v.dir = static_cast<Direction>(r.dir);
  if (r.external) v.external_resource = r.external;
  if (local.drop) v.drop = std::string_view(local.drop.value()) == "yes";
  else if (r.drop >= 0) v.drop = r.drop == 1;
  if (local.context) v.context = local.context.value();
  else if (r.context) v.context = r.context;
  return v;
}

bool Annotator::any_attribute_rules() const { return !impl_->attribute_rules.empty(); }

ItsValues Annotator::attribute_values(pugi::xml_node, pugi::xml_attribute attribute, const ItsValues& owner) const {
  static const RuleMatches kNoRuleMatches;
  auto found = impl_->attribute_rules.find(attribute.internal_object());
  const RuleMatches& r = found == impl_->attribute_rules.end() ? kNoRuleMatches : found->second;
  // An attribute has its element's space, language, locale filter and
  // direction; the other categories only where a rule selects it.
  ItsValues v;
  v.preserve_space = owner.preserve_space;
  v.lang = owner.lang;
  v.locale_filter_list = owner.locale_filter_list;
  v.locale_filter_exclude = owner.locale_filter_exclude;
  v.dir = owner.dir;
  v.translate = r.translate == 1;
  if (r.within >= 0) v.within_text = static_cast<WithinText>(r.within);
  if (r.preserve >= 0) v.preserve_space = r.preserve == 1;
  if (r.lang) v.lang = *r.lang;
  if (r.note) {
    v.loc_note = r.note;
    v.loc_note_is_reference = r.note_is_reference;
    v.loc_note_alert = r.note_alert;
    v.loc_note_own = true;
  }
  v.id = r.id;
  if (r.filter_list) {
    v.locale_filter_list = *r.filter_list;
    v.locale_filter_exclude = r.filter_exclude == 1;
  }
  if (r.dir >= 0) v.dir = static_cast<Direction>(r.dir);
  v.external_resource = r.external;
  v.drop = r.drop == 1;
  v.context = r.context;
  return v;
}

}  // namespace xloc::its
