#include "its/tag_scanner.h"

namespace xloc::its {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

StartTag scan_start_tag(std::string_view s, size_t begin) {
  StartTag tag;
  tag.begin = begin;
  size_t i = begin + 1;
  while (i < s.size() && !is_space(s[i]) && s[i] != '>' && s[i] != '/') ++i;
  tag.name_end = i;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    if (i >= s.size()) break;
    if (s[i] == '>') {
      tag.end = i + 1;
      return tag;
    }
    if (s[i] == '/') {
      tag.self_closing = true;
      tag.end = i + 2;
      return tag;
    }
    ScannedAttribute a;
    a.name_begin = i;
    while (i < s.size() && !is_space(s[i]) && s[i] != '=') ++i;
    a.name = s.substr(a.name_begin, i - a.name_begin);
    while (i < s.size() && s[i] != '"' && s[i] != '\'') ++i;
    if (i >= s.size()) break;
    const char quote = s[i];
    a.value_begin = ++i;
    while (i < s.size() && s[i] != quote) ++i;
    a.value_end = i++;
    tag.attributes.push_back(a);
  }
  tag.end = s.size();
  return tag;
}

size_t node_begin(pugi::xml_node node) {
  const ptrdiff_t offset = node.offset_debug();
  if (offset < 0) return std::string_view::npos;
  const size_t o = static_cast<size_t>(offset);
  switch (node.type()) {
    case pugi::node_element: return o - 1;          // "<name"
    case pugi::node_pi: return o - 2;               // "<?name"
    case pugi::node_comment: return o - 4;          // "<!--"
    case pugi::node_cdata: return o - 9;            // "<![CDATA["
    default: return o;                              // text
  }
}

size_t node_end(std::string_view s, pugi::xml_node node, const ElementBegin& element_begin) {
  constexpr size_t npos = std::string_view::npos;
  if (node.type() == pugi::node_element) {
    const size_t begin = element_begin(node);
    if (begin == npos) return npos;
    StartTag tag = scan_start_tag(s, begin);
    if (tag.self_closing) return tag.end;
    size_t p = tag.end;
    if (pugi::xml_node last = node.last_child()) {
      p = node_end(s, last, element_begin);
      if (p == npos) return npos;
    }
    const size_t close = s.find('<', p);  // "</name>"
    if (close == npos) return npos;
    const size_t gt = s.find('>', close);
    return gt == npos ? npos : gt + 1;
  }
  const ptrdiff_t offset = node.offset_debug();
  if (offset < 0) return npos;
  const size_t o = static_cast<size_t>(offset);
  switch (node.type()) {
    case pugi::node_pcdata: {
      const size_t lt = s.find('<', o);
      return lt == npos ? s.size() : lt;
    }
    case pugi::node_cdata: {
      const size_t e = s.find("]]>", o);
      return e == npos ? npos : e + 3;
    }
    case pugi::node_comment: {
      const size_t e = s.find("-->", o);
      return e == npos ? npos : e + 3;
    }
    case pugi::node_pi: {
      const size_t e = s.find("?>", o);
      return e == npos ? npos : e + 2;
    }
    default: return npos;
  }
}

}  // namespace xloc::its
