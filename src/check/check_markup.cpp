// Check "markup": inline XML in a translation must be well-formed and carry
// the source's elements, attributes and placeholders. The verdict is
// its::compare_markup's, the very function export uses to decide whether
// it can splice a translation in, so check and export never disagree: an
// error here means export will fall back to the source for this message;
// a warning (a changed attribute value, e.g. a localized link) means it
// will use the translation as it is.
//
// Which messages are XML: those extracted from XML (a reference to an
// .xml/.page/... file, or itstool's "#. (itstool) path:" comment), and
// those whose source is well-formed markup with tags or references in it.
// A source that is not well-formed ("<New name>", "&[PAGE]" in a UI
// catalog) is plain text, and so is its translation. Outside documents
// extracted from XML, only markup that does not parse is an error. An
// attribute holding text for readers (alt, title, label...: named so by
// the HTML, DocBook and Mallard specifications, or a value that is prose)
// is meant to be translated: a changed value there is no finding.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

#include "check/checks.h"
#include "check/text_scan.h"
#include "its/markup_compare.h"

namespace xloc::checks {
namespace {

// The source is the authority on which prefixes are bound: bind each one it
// uses ("xlink:href", itstool's "<_:media-1/>") so the translation may use them.
its::NamespaceBindings prefixes_of(std::string_view source) {
  its::NamespaceBindings out{{"xml", "http://www.w3.org/XML/1998/namespace"}};
  for (size_t colon = source.find(':'); colon != std::string_view::npos; colon = source.find(':', colon + 1)) {
    size_t b = colon;
    while (b > 0 && (std::isalnum(static_cast<unsigned char>(source[b - 1])) || source[b - 1] == '_' ||
                     source[b - 1] == '-' || source[b - 1] == '.'))
      --b;
    if (b == colon || b == 0 || (source[b - 1] != '<' && source[b - 1] != ' ' && source[b - 1] != '/')) continue;
    const std::string prefix(source.substr(b, colon - b));
    if (prefix == "xmlns" || its::lookup(out, prefix)) continue;
    out.emplace_back(prefix, "urn:xloc:prefix:" + prefix);
  }
  return out;
}

// The tags of `text` in order, or nullopt if it has text that compare_markup
// would look at closely: '&', a '<' that starts no tag, a control character.
std::optional<std::vector<std::string_view>> plain_tags(std::string_view text) {
  std::vector<std::string_view> tags;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '&' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) return std::nullopt;
    if (c != '<') continue;
    const size_t end = text.find('>', i);
    if (end == std::string_view::npos || text.substr(i + 1, end - i - 1).find('<') != std::string_view::npos)
      return std::nullopt;
    tags.push_back(text.substr(i, end - i + 1));
    i = end;
  }
  return tags;
}

// (element, attribute, value) of every start tag, read textually.
std::vector<std::string> attribute_triples(std::string_view text) {
  std::vector<std::string> out;
  for (size_t lt = text.find('<'); lt != std::string_view::npos; lt = text.find('<', lt + 1)) {
    const size_t gt = text.find('>', lt);
    if (gt == std::string_view::npos) break;
    const std::string_view tag = text.substr(lt + 1, gt - lt - 1);
    size_t i = 0;
    while (i < tag.size() && !std::isspace(static_cast<unsigned char>(tag[i])) && tag[i] != '/') ++i;
    const std::string element(tag.substr(0, i));
    while (i < tag.size()) {
      const size_t eq = tag.find('=', i);
      if (eq == std::string_view::npos || eq + 1 >= tag.size()) break;
      size_t nb = i;
      while (nb < eq && std::isspace(static_cast<unsigned char>(tag[nb]))) ++nb;
      const char quote = tag[eq + 1];
      const size_t close = tag.find(quote, eq + 2);
      if ((quote != '"' && quote != '\'') || close == std::string_view::npos) break;
      out.push_back(element + "\x1f" + std::string(tag.substr(nb, eq - nb)) + "\x1f" +
                    std::string(tag.substr(eq + 2, close - eq - 2)));
      i = close + 1;
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool text_attribute(std::string_view triple) {
  const size_t a = triple.find('\x1f'), b = triple.find('\x1f', a + 1);
  std::string_view name = triple.substr(a + 1, b - a - 1);
  if (const size_t colon = name.find(':'); colon != std::string_view::npos) name = name.substr(colon + 1);
  static constexpr std::string_view kText[] = {"alt", "title", "summary", "label", "placeholder", "aria-label",
                                               "abbr", "standby", "prompt", "textalt", "annotation"};
  for (std::string_view t : kText)
    if (name == t) return true;
  const std::string_view value = triple.substr(b + 1);
  return value.find(' ') != std::string_view::npos && value.find("://") == std::string_view::npos &&
         value.find('/') == std::string_view::npos;
}

// Every changed attribute value is text for readers.
bool only_text_attributes_changed(std::string_view source, std::string_view translation) {
  const auto s = attribute_triples(source), t = attribute_triples(translation);
  std::vector<std::string> changed;
  std::set_symmetric_difference(s.begin(), s.end(), t.begin(), t.end(), std::back_inserter(changed));
  return std::all_of(changed.begin(), changed.end(), [](const std::string& x) { return text_attribute(x); });
}

bool from_xml(const Message& m) {
  for (const std::string& c : m.extracted_comments)
    if (c.starts_with("(itstool) ")) return true;
  static constexpr std::string_view kExtensions[] = {".xml:", ".page:", ".docbook:", ".dbk:", ".xhtml:", ".html:"};
  for (const std::string& r : m.references)
    for (std::string_view e : kExtensions)
      if (r.find(e) != std::string::npos) return true;
  return false;
}

}  // namespace

void markup(const Message& m, const TextPair& pair, const CheckScope&, Findings& out) {
  const bool looks_xml = has_markup(pair.source) || pair.source.find('&') != std::string_view::npos;
  if (!looks_xml && !from_xml(m)) return;
  // Fast path: the very same tags in the same order, and nothing else that
  // XML cares about, is what compare_markup accepts without a difference.
  if (auto s = plain_tags(pair.source)) {
    if (auto t = plain_tags(pair.translation); t && *s == *t) return;
  }
  const its::NamespaceBindings prefixes = prefixes_of(pair.source);
  if (!its::check_fragment(pair.source, prefixes).empty()) return;  // the source is not XML: nothing to hold to
  const its::MarkupComparison result = its::compare_markup(pair.source, pair.translation, prefixes);
  const its::MarkupDifference* first = nullptr;
  for (const its::MarkupDifference& d : result.differences)
    if (!first || (d.error && !first->error)) first = &d;
  if (!first) return;
  if (std::all_of(result.differences.begin(), result.differences.end(),
                  [](const its::MarkupDifference& d) { return d.code == "attribute-value-changed"; }) &&
      only_text_attributes_changed(pair.source, pair.translation))
    return;
  // Outside XML documents (Pango markup in a UI catalog) export splices
  // nothing, and <b> for <span weight="bold"> renders the same: only
  // markup that does not parse is an error there.
  const bool error = first->error && (from_xml(m) || first->code == "malformed-markup" ||
                                      first->code == "undeclared-prefix");
  out.add(m, "markup of the translation: " + first->message, error ? Severity::kError : Severity::kWarning);
}

}  // namespace xloc::checks
