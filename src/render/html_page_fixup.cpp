#include "render/html_page_fixup.h"

#include <libxml/HTMLtree.h>

#include <cstring>
#include <vector>

#include "export/export.h"

namespace xloc::render {
namespace {

// System fonts only (nothing is downloaded): each script's usual faces on
// Linux, macOS and Windows, then the generic family.
constexpr const char* kEditionStyle = R"(
html{-webkit-text-size-adjust:100%}
body{font-family:system-ui,"Noto Sans","DejaVu Sans","Segoe UI",Arial,"Noto Sans CJK JP","Noto Sans CJK SC","IPAGothic","IPAPGothic","Hiragino Sans","Yu Gothic","Microsoft YaHei","PingFang SC","Noto Naskh Arabic","Noto Sans Arabic","Geeza Pro",Tahoma,"Noto Sans Hebrew","Arial Hebrew",sans-serif;
line-height:1.55;max-width:46rem;margin:1rem auto;padding:0 1rem;color:#1f2328;background:#fff;overflow-wrap:anywhere}
img,svg,video,table,pre{max-width:100%}
pre{overflow-x:auto;white-space:pre-wrap}
h1,h2,h3{line-height:1.25}
:lang(ja),:lang(zh),:lang(ko){line-break:strict}
)";

bool is(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && node->name && std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

std::string attribute(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, x(name));
  if (!value) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

// lang= (HTML) or xml:lang= (XHTML output), whichever the stylesheet wrote.
std::string language_of(xmlNode* node) {
  std::string lang = attribute(node, "lang");
  if (lang.empty()) {
    if (xmlChar* v = xmlNodeGetLang(node); v && node->properties) {
      // xmlNodeGetLang inherits; only a value set on this very element counts.
      for (xmlAttr* a = node->properties; a; a = a->next)
        if (a->ns && a->name && std::strcmp(reinterpret_cast<const char*>(a->name), "lang") == 0)
          lang = reinterpret_cast<const char*>(v);
      xmlFree(v);
    } else if (v) {
      xmlFree(v);
    }
  }
  return lang;
}

bool loads_from_network(const std::string& url) {
  return url.rfind("http:", 0) == 0 || url.rfind("https:", 0) == 0 || url.rfind("//", 0) == 0 ||
         url.rfind("ftp:", 0) == 0;
}

// Sets dir where an element's language is written the other way from what
// it inherits; `rtl` is the direction the element inherits.
void carry_directions(xmlNode* node, bool rtl, std::vector<xmlNode*>& doomed) {
  for (xmlNode* child = node->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is(child, "link")) {
      doomed.push_back(child);
      continue;
    }
    const std::string src = attribute(child, "src");
    if (!src.empty() && (is(child, "script") || loads_from_network(src))) {
      if (is(child, "script")) {
        doomed.push_back(child);
        continue;
      }
      xmlUnsetProp(child, x("src"));
    }
    bool child_rtl = rtl;
    const std::string dir = attribute(child, "dir");
    if (dir == "rtl" || dir == "ltr") {
      child_rtl = dir == "rtl";
    } else if (const std::string lang = language_of(child); !lang.empty()) {
      child_rtl = is_right_to_left(lang);
      if (child_rtl != rtl) xmlSetProp(child, x("dir"), x(child_rtl ? "rtl" : "ltr"));
    }
    carry_directions(child, child_rtl, doomed);
  }
}

xmlNode* first_child(xmlNode* parent, const char* name) {
  for (xmlNode* c = parent->children; c; c = c->next)
    if (is(c, name)) return c;
  return nullptr;
}

}  // namespace

Result<std::string> fix_up_html_page(xmlDocPtr page, const PageLanguage& language, const std::string& name) {
  xmlNode* html = page ? xmlDocGetRootElement(page) : nullptr;
  if (!html || !is(html, "html"))
    return Error{"no-html", "the stylesheet made no HTML page", "", {name, 0, 0}};
  // The stylesheet's own doctype (if any) gives way to the HTML5 one below.
  if (xmlDtd* dtd = xmlGetIntSubset(page)) {
    xmlUnlinkNode(reinterpret_cast<xmlNode*>(dtd));
    xmlFreeDtd(dtd);
  }
  xmlSetProp(html, x("lang"), x(language.bcp47.c_str()));
  xmlSetProp(html, x("dir"), x(language.right_to_left ? "rtl" : "ltr"));

  xmlNode* head = first_child(html, "head");
  if (!head) {
    head = xmlNewNode(nullptr, x("head"));
    if (html->children) xmlAddPrevSibling(html->children, head);
    else xmlAddChild(html, head);
  }
  std::vector<xmlNode*> doomed;
  for (xmlNode* c = head->children; c; c = c->next)
    if (is(c, "meta") && (!attribute(c, "charset").empty() || !attribute(c, "http-equiv").empty() ||
                          attribute(c, "name") == "viewport"))
      doomed.push_back(c);
  carry_directions(html, language.right_to_left, doomed);
  for (xmlNode* n : doomed) {
    xmlUnlinkNode(n);
    xmlFreeNode(n);
  }

  xmlNode* viewport = xmlNewNode(nullptr, x("meta"));
  xmlSetProp(viewport, x("name"), x("viewport"));
  xmlSetProp(viewport, x("content"), x("width=device-width, initial-scale=1"));
  if (head->children) xmlAddPrevSibling(head->children, viewport);
  else xmlAddChild(head, viewport);
  xmlNode* style = xmlNewNode(nullptr, x("style"));
  xmlAddChild(style, xmlNewText(x(kEditionStyle)));
  xmlAddChild(head, style);  // last, so it wins over the stylesheet's own CSS

  // The serializer writes in the encoding the page's meta declares (and
  // escapes everything to ASCII without one): declare UTF-8, first in head.
  htmlSetMetaEncoding(page, x("UTF-8"));
  xmlChar* bytes = nullptr;
  int size = 0;
  htmlDocDumpMemoryFormat(page, &bytes, &size, 0);
  if (!bytes) return Error{"html-serialize", "the HTML page could not be serialized", "", {name, 0, 0}};
  std::string out = "<!DOCTYPE html>\n";
  out.append(reinterpret_cast<const char*>(bytes), static_cast<size_t>(size));
  xmlFree(bytes);
  return out;
}

}  // namespace xloc::render
