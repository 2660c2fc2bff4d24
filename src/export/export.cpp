#include "export/export.h"

#include <unicode/locid.h>
#include <unicode/uloc.h>

#include <cstdio>
#include <optional>
#include <utility>
#include <memory>

#include <pugixml.hpp>

#include "catalog/locale_name.h"
#include "export/credits.h"
#include "its/external_resource.h"
#include "its/markup_compare.h"
#include "its/xml_encoding.h"
#include "its/xml_entities.h"
#include "its/xml_gate.h"
#include "its/tag_scanner.h"
#include "its/unit_walker.h"
#include "its/xml_text.h"

namespace xloc {
namespace {

struct Decision {
  const std::string* translation = nullptr;  // null: keep the source text
  bool verbatim = false;                     // translation == source: keep the original bytes
  bool mark_language = false;                // fallback: add xml:lang of the source
  bool mark_ltr = false;                     // ... and dir="ltr" inside a right-to-left edition
  std::string source_language;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The part of a unit's content its translation replaces: all of it but
// the comments and PIs at its edges (the message has none: they stay
// where they were) and, unless space is preserved, the white space there.
std::pair<size_t, size_t> translated_range(std::string_view content, bool preserve_space) {
  size_t lead = 0, trail = content.size();
  for (;;) {
    while (!preserve_space && lead < trail && is_space(content[lead])) ++lead;
    const std::string_view rest = content.substr(lead, trail - lead);
    size_t end = std::string_view::npos;
    if (rest.starts_with("<!--")) end = rest.find("-->", 4);
    else if (rest.starts_with("<?")) end = rest.find("?>", 2);
    if (end == std::string_view::npos) break;
    lead += end + (rest[1] == '!' ? 3 : 2);
  }
  for (;;) {
    while (!preserve_space && trail > lead && is_space(content[trail - 1])) --trail;
    const std::string_view rest = content.substr(lead, trail - lead);
    // Text may end in "-->" or "?>" too: the comment or PI found must be
    // the one that ends there.
    size_t begin = std::string_view::npos;
    if (rest.ends_with("-->")) {
      begin = rest.rfind("<!--", rest.size() - 3);
      if (begin != std::string_view::npos && rest.find("-->", begin + 4) != rest.size() - 3) begin = std::string_view::npos;
    } else if (rest.ends_with("?>")) {
      begin = rest.rfind("<?", rest.size() - 2);
      if (begin != std::string_view::npos && rest.find("?>", begin + 2) != rest.size() - 2) begin = std::string_view::npos;
    }
    if (begin == std::string_view::npos) break;
    trail = lead + begin;
  }
  return {lead, trail};
}

// A translation (msgid text: '&' starts a reference) as an attribute value
// between double quotes: '"' and '<' escaped, a '&' that starts no
// reference escaped, and line ends and tabs as character references so
// attribute-value normalization does not turn them into spaces.
void append_attribute_value(std::string& out, std::string_view t) {
  for (size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    switch (c) {
      case '"': out += "&quot;"; break;
      case '<': out += "&lt;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      case '&':
        if (its::character_reference_at(t, i) || its::entity_reference_at(t, i)) out += c;
        else out += "&amp;";
        break;
      default: out += c;
    }
  }
}

class Renderer {
 public:
  Renderer(std::string_view source, const its::WalkResult& walk, const std::vector<Decision>& decisions,
           std::string credits)
      : src_(source), walk_(walk), decisions_(decisions), credits_(std::move(credits)) {}

  void span(size_t b, size_t e, const std::vector<its::Span>& spans, std::string& out) const {
    size_t pos = b;
    for (const its::Span& s : spans) {
      if (s.begin < b || s.end > e) continue;
      out.append(src_.substr(pos, s.begin - pos));
      if (s.kind == its::Span::Kind::kCredits) {
        out += credits_;
      } else if (s.kind == its::Span::Kind::kDrop) {
        // Take the dropped element's line with it.
        size_t keep = out.size();
        while (keep > 0 && (out[keep - 1] == ' ' || out[keep - 1] == '\t')) --keep;
        if (keep > 0 && out[keep - 1] == '\n') {
          --keep;
          if (keep > 0 && out[keep - 1] == '\r') --keep;
          out.resize(keep);
        }
      } else {
        unit(s.unit, out);
      }
      pos = s.end;
    }
    out.append(src_.substr(pos, e - pos));
  }

 private:
  void unit(size_t index, std::string& out) const {
    const its::Unit& u = walk_.units[index];
    const Decision& d = decisions_[index];
    if (u.attribute) {  // the value between the quotes
      if (d.translation && !d.verbatim) append_attribute_value(out, *d.translation);
      else out.append(src_.substr(u.begin, u.end - u.begin));
      return;
    }
    if (d.mark_language) {
      its::StartTag tag = its::scan_start_tag(src_, u.begin);
      out.append(src_.substr(u.begin, tag.name_end - u.begin));
      out += " xml:lang=\"" + d.source_language + "\"";
      if (d.mark_ltr) out += " dir=\"ltr\"";
      span(tag.name_end, u.content_begin, u.tag_spans, out);
    } else {
      span(u.begin, u.content_begin, u.tag_spans, out);
    }
    if (d.translation && !d.verbatim) {
      std::string_view content = src_.substr(u.content_begin, u.content_end - u.content_begin);
      const auto [lead, trail] = translated_range(content, u.preserve_space);
      out.append(content.substr(0, lead));
      substitute(u, *d.translation, out);
      out.append(content.substr(trail));
    } else {
      span(u.content_begin, u.content_end, u.inner, out);
    }
    out.append(src_.substr(u.content_end, u.end - u.content_end));
  }

  // The translation with each "<_:name-N/>" replaced by its element.
  void substitute(const its::Unit& u, std::string_view t, std::string& out) const {
    size_t pos = 0;
    for (size_t at = t.find("<_:"); at != std::string_view::npos; at = t.find("<_:", pos)) {
      out.append(t.substr(pos, at - pos));
      size_t name_end = at + 3;
      while (name_end < t.size() && !is_space(t[name_end]) && t[name_end] != '/' && t[name_end] != '>') ++name_end;
      std::string_view name = t.substr(at + 3, name_end - at - 3);
      const size_t close = t.find('>', name_end);
      pos = close == std::string_view::npos ? t.size() : close + 1;
      for (const its::Placeholder& p : u.placeholders) {
        if (p.name != name) continue;
        if (p.unit) unit(*p.unit, out);
        else span(p.begin, p.end, u.inner, out);
        break;
      }
    }
    out.append(t.substr(pos));
  }

  std::string_view src_;
  const its::WalkResult& walk_;
  const std::vector<Decision>& decisions_;
  std::string credits_;
};

// Sets attribute `name` on the start tag at `begin` of `xml`: replaces the
// value if present, else inserts it after the element name.
void set_attribute(std::string& xml, size_t begin, std::string_view name, std::string_view value) {
  its::StartTag tag = its::scan_start_tag(xml, begin);
  for (const its::ScannedAttribute& a : tag.attributes) {
    if (a.name != name) continue;
    xml.replace(a.value_begin, a.value_end - a.value_begin, value);
    return;
  }
  std::string attribute = " ";
  attribute.append(name).append("=\"").append(value).append("\"");
  xml.insert(tag.name_end, attribute);
}

// Where the source's encoding cannot hold a character of a translation
// and a character reference cannot stand in for it (in a comment, a PI, a
// CDATA section), the reason the unit keeps its source text.
std::optional<std::string> unencodable_markup(std::string_view t, const its::XmlEncoding& encoding) {
  if (encoding.utf8) return std::nullopt;
  static constexpr std::pair<std::string_view, std::string_view> kVerbatim[] = {
      {"<!--", "-->"}, {"<?", "?>"}, {"<![CDATA[", "]]>"}};
  for (const auto& [open, close] : kVerbatim) {
    for (size_t at = t.find(open); at != std::string_view::npos; at = t.find(open, at + 1)) {
      const size_t end = std::min(t.find(close, at + open.size()), t.size());
      if (its::cannot_hold(t.substr(at, end - at), encoding) != std::string_view::npos)
        return "the source's encoding " + encoding.name + " cannot hold a character of the translation where no "
               "character reference is allowed (" + std::string(open) + "..." + std::string(close) + ")";
    }
  }
  return std::nullopt;
}

std::string first_error(const its::MarkupComparison& c) {
  for (const its::MarkupDifference& d : c.differences)
    if (d.error) return d.message;
  return "";
}

}  // namespace

std::string bcp47_from_gettext(std::string_view locale) {
  auto name = parse_locale_name(locale);
  return name ? name->bcp47 : std::string(locale);
}

bool is_right_to_left(std::string_view bcp47) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale loc = icu::Locale::forLanguageTag(std::string(bcp47), status);
  return U_SUCCESS(status) && loc.isRightToLeft();
}

Result<ExportResult> export_document(std::string_view source_bytes, const std::string& source_name, FileSystem& fs,
                                     const Catalog& catalog, const ExportOptions& options) {
  // Everything below works on UTF-8; the edition goes back to the source's
  // encoding at the end.
  Result<its::DecodedXml> decoded = its::decode_xml(std::string(source_bytes), source_name);
  if (!decoded) return decoded.error();
  const std::string_view source = decoded->text;
  const its::XmlEncoding& encoding = decoded->encoding;
  ExportResult result;
  ExportReport& report = result.report;
  std::string locale = options.language;
  if (locale.empty()) locale = catalog.header().language().value_or("");
  report.language = locale.empty() ? "" : bcp47_from_gettext(locale);
  report.right_to_left = is_right_to_left(report.language);

  its::WalkOptions walk_options;
  walk_options.rules = options.rules;
  walk_options.builtin_rules = options.builtin_rules;
  walk_options.locale = report.language;  // locale filters are applied for this locale
  Result<its::WalkResult> walked = its::walk_units(source, source_name, fs, walk_options);
  if (!walked) return walked.error();
  const its::WalkResult& w = *walked;
  if (locale.empty())
    return Error{"no-language", "the catalog has no Language header; cannot tell which locale to export", "",
                 {catalog.path}};
  const std::string document_language = w.root_language.empty() ? options.source_language : w.root_language;

  const its::EntityTable entities = its::internal_entities(source);
  std::optional<CatalogIndex> own_index;
  const CatalogIndex& index = options.index ? *options.index : own_index.emplace(catalog);
  std::vector<Decision> decisions(w.units.size());
  std::vector<std::unique_ptr<std::string>> external_references;  // what decisions point at
  report.units = w.units.size();
  for (size_t i = 0; i < w.units.size(); ++i) {
    const its::Unit& u = w.units[i];
    Decision& d = decisions[i];
    std::string reason;
    const Message* m = nullptr;
    // The msgid as extract writes it, else as itstool does (entities
    // expanded), so that catalogs made by either keep their translations.
    std::string_view text = u.text;
    std::string expanded;
    if (auto found = index.find(MessageKey{u.context, u.text})) {
      m = &catalog.messages[*found];
    } else if (!entities.empty()) {
      expanded = its::expand_entities(u.text, entities, w.scopes[u.scope]);
      if (expanded != u.text)
        if (auto again = index.find(MessageKey{u.context, expanded})) {
          m = &catalog.messages[*again];
          text = expanded;
        }
    }
    if (u.external) {  // not text: a translation naming another file is the localized copy
      --report.units;
      const std::optional<std::string> original = its::external_resource_in(u.text);
      if (m && !m->is_fuzzy() && !m->msgstr.empty() && u.attribute) {
        const std::optional<std::string> localized = its::external_resource_in(m->msgstr[0]);
        if (localized && localized != original) {
          d.translation = &*(external_references.emplace_back(std::make_unique<std::string>(*localized)));
        }
      }
      continue;
    }
    if (!m) reason = "not in the catalog";
    else if (m->is_fuzzy()) reason = "fuzzy";
    else if (m->msgstr.empty() || m->msgstr[0].empty()) reason = "untranslated";
    else if (m->msgstr[0] == text) {
      d.translation = &m->msgstr[0];
      d.verbatim = true;
    }
    else if (u.attribute) {
      d.translation = &m->msgstr[0];  // no markup in an attribute: escaped as text
    } else {
      its::MarkupComparison c = its::compare_markup(text, m->msgstr[0], w.scopes[u.scope]);
      if (!c.ok()) reason = "broken markup: " + first_error(c);
      else if (auto where = unencodable_markup(m->msgstr[0], encoding)) reason = *where;
      else d.translation = &m->msgstr[0];
    }
    if (d.translation) {
      ++report.translated;
      continue;
    }
    report.fallbacks.push_back({u.line, u.text, reason, m ? m->msgstr_location : SourceLocation{}});
    // Say the text is in the source language, unless the element says so
    // itself or the edition is in that language anyway.
    if (u.attribute) continue;  // an attribute has no place for xml:lang of its own
    d.source_language = u.language.empty() ? options.source_language : u.language;
    its::StartTag tag = its::scan_start_tag(source, u.begin);
    bool declares = false;
    for (const its::ScannedAttribute& a : tag.attributes) declares = declares || a.name == "xml:lang";
    d.mark_language = !declares && d.source_language != report.language;
    d.mark_ltr = d.mark_language && report.right_to_left && !is_right_to_left(d.source_language);
  }

  if (report.percent_translated() < options.threshold) {
    report.below_threshold = true;
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, "%.1f%% of units translated (%zu of %zu), below the threshold of %g%%",
                  report.percent_translated(), report.translated, report.units, options.threshold);
    report.threshold_reason = buffer;
  }

  // Translator credits, when the catalog has them translated.
  std::string credits;
  if (auto found = index.find(MessageKey{"_", "translator-credits"})) {
    const Message& m = catalog.messages[*found];
    if (!m.is_fuzzy() && !m.msgstr.empty() && m.msgstr[0] != "translator-credits")
      credits = render_credits(w, m.msgstr[0]);
  }
  Renderer renderer(source, w, decisions, std::move(credits));
  result.xml.reserve(source.size() + source.size() / 4);
  renderer.span(0, source.size(), w.top, result.xml);
  if (report.language != document_language) {
    // Both insert after the element name: dir first, so xml:lang comes first.
    if (report.right_to_left) set_attribute(result.xml, w.root_begin, "dir", "rtl");
    set_attribute(result.xml, w.root_begin, "xml:lang", report.language);
  }

  // The output must be well-formed whatever the catalog said, by the same
  // gate as every input.
  if (auto bad = its::find_well_formedness_error(result.xml))
    return Error{"export-failed", "internal error: the localized document is not well-formed: " + bad->reason, "",
                 {source_name}};
  if (!encoding.utf8) result.xml = its::encode_xml(result.xml, encoding);
  return result;
}

}  // namespace xloc
