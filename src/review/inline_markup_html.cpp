#include "review/inline_markup_html.h"

#include <pugixml.hpp>

#include <cstring>

namespace xloc {
namespace {

struct InlineMapping {
  const char* element;  // local name, any namespace
  const char* html;
};

// Semantic inline elements of DocBook 5 and Mallard 1.0 that read as
// emphasis or as code; everything else is a neutral, labelled span.
constexpr InlineMapping kInline[] = {
    {"emphasis", "em"},   {"em", "em"},         {"strong", "strong"},   {"b", "strong"},
    {"i", "em"},          {"code", "code"},     {"literal", "code"},    {"command", "code"},
    {"filename", "code"}, {"file", "code"},     {"cmd", "code"},        {"sys", "code"},
    {"userinput", "code"}, {"computeroutput", "code"}, {"output", "code"}, {"input", "code"},
    {"varname", "code"},  {"envar", "code"},    {"option", "code"},     {"keycap", "kbd"},
    {"key", "kbd"},       {"gui", "b"},         {"guilabel", "b"},      {"guimenu", "b"},
    {"guibutton", "b"},   {"subscript", "sub"}, {"superscript", "sup"}, {"sub", "sub"},
    {"sup", "sup"},       {"quote", "q"},       {"app", "i"},           {"application", "i"},
    {"citetitle", "cite"}, {"title", "cite"},
};

std::string local_name(const char* qualified) {
  const char* colon = std::strchr(qualified, ':');
  return colon ? colon + 1 : qualified;
}

std::string prefix_of(const char* qualified) {
  const char* colon = std::strchr(qualified, ':');
  return colon ? std::string(qualified, colon) : std::string();
}

void render_children(const pugi::xml_node& node, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += escape_html(child.value());
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    const std::string name = local_name(child.name());
    if (prefix_of(child.name()) == "_") {  // a placeholder for a nested unit or kept element
      out += "<span class=\"placeholder\" title=\"kept from the source\">[" + escape_html(name) + "]</span>";
      continue;
    }
    const char* html = nullptr;
    for (const InlineMapping& m : kInline)
      if (name == m.element) html = m.html;
    if (name == "emphasis" && std::string_view(child.attribute("role").value()) == "strong") html = "strong";
    if (name == "link" || name == "ulink" || name == "xref") {
      std::string target = child.attribute("xlink:href").value();
      if (target.empty()) target = child.attribute("href").value();
      if (target.empty()) target = child.attribute("url").value();
      if (target.empty()) target = child.attribute("linkend").value();
      if (target.empty()) target = child.attribute("xref").value();
      out += "<span class=\"link\" title=\"" + escape_html(target) + "\">";
      render_children(child, out);
      if (!child.first_child() && !target.empty()) out += escape_html(target);
      out += "</span>";
      continue;
    }
    if (html) {
      out += std::string("<") + html + ">";
      render_children(child, out);
      out += std::string("</") + html + ">";
    } else {
      out += "<span class=\"el\" data-element=\"" + escape_html(name) + "\">";
      render_children(child, out);
      out += "</span>";
    }
  }
}

}  // namespace


std::string inline_markup_html(std::string_view unit_text) {
  // Wrapped so a fragment with several top-level nodes parses; prefixes are
  // not resolved (pugixml keeps qualified names), so "_:" placeholders and
  // the document's own prefixes need no declarations. Entity references
  // other than XML's five are not expanded by pugixml with parse_escapes
  // on and unknown names kept as written.
  std::string wrapped = "<r>";
  wrapped.append(unit_text);
  wrapped += "</r>";
  pugi::xml_document doc;
  if (!doc.load_buffer(wrapped.data(), wrapped.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8))
    return "<code class=\"raw\">" + escape_html(unit_text) + "</code>";
  std::string out;
  render_children(doc.document_element(), out);
  return out;
}

}  // namespace xloc
