#include "render/html_edition.h"

#include <libexslt/exslt.h>
#include <libxml/parser.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include <cstdarg>
#include <cstdio>
#include <filesystem>
#include <mutex>

#include "export/export.h"
#include "render/html_page_fixup.h"

namespace xloc::render {
namespace {

// yelp-xsl writes each page with exsl:document (a file per page); an edition
// is one page, wanted as the transform's result. This wrapper of ours, beside
// mal2html.xsl, makes its output template return the page instead, as HTML.
constexpr const char* kMallardWrapper = R"xsl(<?xml version="1.0"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="mal2html.xsl"/>
  <xsl:output method="html" encoding="UTF-8"/>
  <xsl:param name="html.xhtml" select="false()"/>
  <xsl:template name="html.output">
    <xsl:param name="node" select="."/>
    <xsl:call-template name="html.page">
      <xsl:with-param name="node" select="$node"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
)xsl";

void ignore_message(void*, const char*, ...) {}

// Sends libxml2's and libxslt's default error output nowhere, once: the
// library never prints; the errors that matter are collected per transform.
void initialize_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    exsltRegisterAll();
    xsltInit();
    xmlThrDefSetGenericErrorFunc(nullptr, ignore_message);
    xmlSetGenericErrorFunc(nullptr, ignore_message);
    xsltSetGenericErrorFunc(nullptr, ignore_message);
  });
}

void collect_message(void* context, const char* format, ...) {
  auto* messages = static_cast<std::string*>(context);
  char buffer[1024];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  if (messages->size() < 4096) *messages += buffer;
}

std::string first_line(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  const size_t newline = text.find('\n');
  return newline == std::string::npos ? text : text.substr(0, newline);
}

xsltSecurityPrefsPtr offline_prefs() {
  xsltSecurityPrefsPtr prefs = xsltNewSecurityPrefs();
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
  return prefs;
}

// The DocBook XSL stylesheets drop the xml:lang and dir of titles (their
// title-page templates copy no attributes), so a fallback title in English
// would read right to left in an Arabic page. Its content is moved into a
// <phrase> with the same language and direction, which they do carry.
void keep_title_languages(xmlNode* node) {
  static const char* const kTitles[] = {"title", "subtitle", "titleabbrev"};
  for (xmlNode* child = node->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    keep_title_languages(child);
    bool is_title = false;
    for (const char* t : kTitles) is_title = is_title || xmlStrEqual(child->name, reinterpret_cast<const xmlChar*>(t));
    xmlChar* lang = is_title ? xmlGetNsProp(child, reinterpret_cast<const xmlChar*>("lang"), XML_XML_NAMESPACE)
                             : nullptr;
    if (!lang) continue;
    xmlNode* phrase = xmlNewNode(child->ns, reinterpret_cast<const xmlChar*>("phrase"));
    xmlNsPtr xml_ns = xmlSearchNsByHref(child->doc, child, XML_XML_NAMESPACE);
    xmlSetNsProp(phrase, xml_ns, reinterpret_cast<const xmlChar*>("lang"), lang);
    if (xmlChar* dir = xmlGetProp(child, reinterpret_cast<const xmlChar*>("dir"))) {
      xmlSetProp(phrase, reinterpret_cast<const xmlChar*>("dir"), dir);
      xmlFree(dir);
    }
    xmlFree(lang);
    while (xmlNode* moved = child->children) {
      xmlUnlinkNode(moved);
      xmlAddChild(phrase, moved);
    }
    xmlAddChild(child, phrase);
  }
}

}  // namespace

struct HtmlEditionRenderer::Compiled {
  xsltStylesheetPtr style = nullptr;
  xsltSecurityPrefsPtr prefs = nullptr;
  ~Compiled() {
    if (style) xsltFreeStylesheet(style);
    if (prefs) xsltFreeSecurityPrefs(prefs);
  }
};

HtmlEditionRenderer::HtmlEditionRenderer(HtmlEditionOptions options) : options_(std::move(options)) {
  initialize_once();
}

HtmlEditionRenderer::~HtmlEditionRenderer() = default;

Status HtmlEditionRenderer::prepare(Vocabulary v) {
  if (compiled_.count(v)) return ok_status();
  if (auto f = failed_.find(v); f != failed_.end()) return f->second;
  auto fail = [&](Error e) -> Status {
    failed_[v] = e;
    return e;
  };
  if (v == Vocabulary::kUnknown)
    return fail(Error{"no-stylesheet", "no stylesheet renders this vocabulary as HTML (DocBook 5 and Mallard have one)",
                      "", {}});
  const std::string& path = v == Vocabulary::kDocBook5 ? options_.docbook_xsl : options_.mallard_xsl;
  const std::string package(stylesheet_package(v));
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    return fail(Error{"stylesheet",
                      "the " + std::string(vocabulary_name(v)) + " stylesheet is not installed (Debian package " +
                          package + ")",
                      "", {path, 0, 0}});
  xmlDocPtr doc = nullptr;
  const int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  if (v == Vocabulary::kMallard) {
    const std::string base = (std::filesystem::path(path).parent_path() / "xloc-mallard-page.xsl").string();
    doc = xmlReadMemory(kMallardWrapper, static_cast<int>(std::char_traits<char>::length(kMallardWrapper)),
                        base.c_str(), nullptr, flags);
  } else {
    doc = xmlReadFile(path.c_str(), nullptr, flags);
  }
  xsltStylesheetPtr style = doc ? xsltParseStylesheetDoc(doc) : nullptr;
  if (!style) {
    if (doc) xmlFreeDoc(doc);
    return fail(Error{"stylesheet", "the " + std::string(vocabulary_name(v)) + " stylesheet does not compile (" +
                                        package + ")",
                      "", {path, 0, 0}});
  }
  auto compiled = std::make_shared<Compiled>();
  compiled->style = style;  // owns doc now
  compiled->prefs = offline_prefs();
  compiled_[v] = std::move(compiled);
  return ok_status();
}

Result<std::string> HtmlEditionRenderer::render(std::string_view xml, const std::string& name, Vocabulary v,
                                                const std::string& language) const {
  auto it = compiled_.find(v);
  if (it == compiled_.end()) {
    if (auto f = failed_.find(v); f != failed_.end()) return f->second;
    return Error{"no-stylesheet", "no stylesheet prepared for " + std::string(vocabulary_name(v)), "", {name, 0, 0}};
  }
  const Compiled& compiled = *it->second;

  xmlParserCtxtPtr parser = xmlNewParserCtxt();
  if (!parser) return Error{"out-of-memory", "cannot allocate an XML parser", "", {name, 0, 0}};
  xmlDocPtr doc = xmlCtxtReadMemory(parser, xml.data(), static_cast<int>(xml.size()), name.c_str(), nullptr,
                                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) {
    const xmlError* e = xmlCtxtGetLastError(parser);
    Error error{"xml", e && e->message ? first_line(e->message) : "not well-formed", "",
                {name, e ? e->line : 0, e ? e->int2 : 0}};
    xmlFreeParserCtxt(parser);
    return error;
  }
  xmlFreeParserCtxt(parser);
  if (v == Vocabulary::kDocBook5) keep_title_languages(reinterpret_cast<xmlNode*>(doc));

  std::string messages;
  xsltTransformContextPtr context = xsltNewTransformContext(compiled.style, doc);
  if (!context) {
    xmlFreeDoc(doc);
    return Error{"out-of-memory", "cannot allocate a transform context", "", {name, 0, 0}};
  }
  xsltSetCtxtSecurityPrefs(compiled.prefs, context);
  xsltSetTransformErrorFunc(context, &messages, collect_message);
  xmlDocPtr page = xsltApplyStylesheetUser(compiled.style, doc, nullptr, nullptr, nullptr, context);
  const bool failed = context->state == XSLT_STATE_ERROR || context->state == XSLT_STATE_STOPPED || !page;
  xsltFreeTransformContext(context);
  xmlFreeDoc(doc);
  if (failed) {
    if (page) xmlFreeDoc(page);
    return Error{"transform",
                 "the " + std::string(vocabulary_name(v)) + " stylesheet failed" +
                     (messages.empty() ? std::string() : ": " + first_line(messages)),
                 "", {name, 0, 0}};
  }
  PageLanguage page_language{language, is_right_to_left(language)};
  auto html = fix_up_html_page(page, page_language, name);
  xmlFreeDoc(page);
  return html;
}

}  // namespace xloc::render
