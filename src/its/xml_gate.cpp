#include "its/xml_gate.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <mutex>
#include <vector>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "its/xml_gate_reason.h"

namespace xloc::its {
namespace {

// The first error libxml2 raised while parsing, kept with the position it
// gave (1-based line, column in characters of that line).
struct Collector {
  xmlParserCtxtPtr document = nullptr;  // the parse of the text itself
  bool found = false;
  int line = 0;
  int column = 0;
  ParserMessage said;
};

// libxml2 calls this for every warning and error of the parse (the
// structured handler is per thread, so parallel extracts do not mix).
// Warnings are not well-formedness errors: an undeclared entity in a
// document with an external subset, a relative namespace URI.
void collect(void* data, xmlErrorPtr error) {
  auto* c = static_cast<Collector*>(data);
  if (c->found || error == nullptr || error->level < XML_ERR_ERROR) return;
  if (error->domain == XML_FROM_VALID) return;  // validity is not asked for
  // Raised at error level, but what XML 1.0 makes no error: a reference
  // to an entity the (unread) external subset may declare.
  if (error->code == XML_WAR_UNDECLARED_ENTITY) return;
  c->found = true;
  c->line = error->line;
  c->column = error->int2;
  // Inside an entity's replacement text libxml2 counts from the entity's
  // start: report the place in the document, where it is referenced.
  if (c->document && (error->ctxt != c->document || c->document->inputNr > 1) && c->document->inputNr > 0) {
    c->line = c->document->inputTab[0]->line;
    c->column = c->document->inputTab[0]->col;
  }
  c->said.code = error->code;
  c->said.message = error->message ? error->message : "";
  c->said.str1 = error->str1 ? error->str1 : "";
  c->said.str2 = error->str2 ? error->str2 : "";
  c->said.int1 = error->int1;
}

// Messages without a parser context (none are expected) must not reach
// stderr: the library never prints.
void ignore_generic(void*, const char*, ...) {}

// Byte offset of libxml2's line:column in `text`, whose lines it counted
// from 1 and whose columns it counted in characters (UTF-8 sequences).
size_t offset_of(std::string_view text, int line, int column) {
  size_t at = 0;
  for (int l = 1; l < line; ++l) {
    const size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) return text.size();
    at = nl + 1;
  }
  for (int col = 1; col < column && at < text.size() && text[at] != '\n'; ++col) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  return std::min(at, text.size());
}

bool points_after_reference(const ParserMessage& m) {
  switch (m.code) {
    case XML_ERR_INVALID_CHARREF:
    case XML_ERR_INVALID_DEC_CHARREF:
    case XML_ERR_INVALID_HEX_CHARREF:
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITYREF_SEMICOL_MISSING: return true;
    case XML_ERR_INVALID_CHAR: return m.message.starts_with("xmlParseCharRef");
    default: return false;
  }
}

bool is_name_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == ':' || c == '_' || c == '-' || c == '.' ||
         (static_cast<unsigned char>(c) & 0x80);
}

std::string_view written_name(std::string_view text, size_t at) {
  at = std::min(at, text.size());
  size_t end = at;
  while (end < text.size() && is_name_byte(text[end])) ++end;
  return text.substr(at, end - at);
}

bool has_local_name(std::string_view qname, std::string_view local) {
  return qname == local || (qname.size() > local.size() && qname.ends_with(local) &&
                            qname[qname.size() - local.size() - 1] == ':');
}

// The qualified name written at `at`, if its local name is the one libxml2
// quoted; else that local name.
std::string name_at(std::string_view text, size_t at, const std::string& local) {
  const std::string_view name = written_name(text, at);
  return has_local_name(name, local) ? std::string(name) : local;
}

// The name of the last start tag on `line` whose local name is `local`
// (the innermost element left open there).
std::string start_tag_name(std::string_view text, int line, const std::string& local) {
  const size_t begin = offset_of(text, line, 1);
  const size_t end = std::min(text.find('\n', begin), text.size());
  std::string found = local;
  for (size_t lt = text.find('<', begin); lt < end; lt = text.find('<', lt + 1))
    if (const std::string_view name = written_name(text, lt + 1); has_local_name(name, local)) found = name;
  return found;
}

// Only the declarations of the internal subset are wanted (so that declared
// entities are known); the content needs no callbacks, so nothing of the
// document is built: the gate costs a parse, not a tree.
xmlSAXHandler checking_sax() {
  xmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  xmlSAXVersion(&sax, 2);
  sax.startElementNs = nullptr;
  sax.endElementNs = nullptr;
  sax.startElement = nullptr;
  sax.endElement = nullptr;
  sax.characters = nullptr;
  sax.ignorableWhitespace = nullptr;
  sax.cdataBlock = nullptr;
  sax.comment = nullptr;
  sax.processingInstruction = nullptr;
  sax.reference = nullptr;
  sax.warning = nullptr;
  sax.error = nullptr;
  sax.fatalError = nullptr;
  sax.serror = nullptr;  // errors go to the thread's structured handler
  return sax;
}

std::optional<WellFormednessError> run_gate(std::string_view text) {
  static std::once_flag initialized;
  std::call_once(initialized, [] { xmlInitParser(); });
  static const xmlSAXHandler kSax = checking_sax();

  Collector collector;
  // Swap in our handler for this thread only; restore whatever was there.
  void* previous_context = xmlStructuredErrorContext;
  xmlStructuredErrorFunc previous = xmlStructuredError;
  xmlSetStructuredErrorFunc(&collector, collect);
  xmlGenericErrorFunc previous_generic = xmlGenericError;
  void* previous_generic_context = xmlGenericErrorContext;
  xmlSetGenericErrorFunc(nullptr, ignore_generic);

  std::optional<WellFormednessError> out;
  const int size = static_cast<int>(std::min<size_t>(text.size(), static_cast<size_t>(INT32_MAX)));
  xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(text.data(), size);
  if (ctxt == nullptr) {
    out = WellFormednessError{0, "the document could not be read (out of memory)"};
  } else {
    *ctxt->sax = kSax;
    collector.document = ctxt;
    // No network, no external DTD or entity loading, no substitution. The
    // text is UTF-8 whatever its declaration says (decode_xml() made it so).
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_IGNORE_ENC);
    xmlParseDocument(ctxt);
    if (collector.found || !ctxt->wellFormed || !ctxt->nsWellFormed) {
      WellFormednessError e;
      if (collector.found) {
        e.offset = offset_of(text, collector.line, collector.column);
        // libxml2 stands after a bad reference or start tag: point at its
        // start, on the same line.
        if (points_after_reference(collector.said) || collector.said.code == XML_NS_ERR_UNDEFINED_NAMESPACE) {
          const char start = collector.said.code == XML_NS_ERR_UNDEFINED_NAMESPACE ? '<' : '&';
          const size_t line_start = e.offset == 0 ? 0 : text.rfind('\n', e.offset - 1) + 1;
          const size_t at = e.offset == 0 ? std::string_view::npos : text.rfind(start, e.offset - 1);
          if (at != std::string_view::npos && at >= line_start) e.offset = at;
        }
        // libxml2 stands after the end tag; point at its "</". It quotes
        // local names: quote the tags as written.
        if (collector.said.code == XML_ERR_TAG_NAME_MISMATCH && e.offset > 0) {
          e.offset = std::min(text.rfind("</", e.offset - 1), e.offset);
          collector.said.str2 = name_at(text, e.offset + 2, collector.said.str2);
          collector.said.str1 = start_tag_name(text, collector.said.int1, collector.said.str1);
        }
        e.reason = reason_in_words(collector.said);
        e.too_deep = is_depth_limit(collector.said.code, collector.said.message);
      } else {
        e.offset = text.size();
        e.reason = "the document is not well-formed";
      }
      out = std::move(e);
    }
    if (ctxt->myDoc != nullptr) xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = nullptr;
    xmlFreeParserCtxt(ctxt);
  }
  xmlSetStructuredErrorFunc(previous_context, previous);
  xmlSetGenericErrorFunc(previous_generic_context, previous_generic);
  return out;
}

void append_escaped(std::string& out, std::string_view value) {
  for (char c : value) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
}

}  // namespace

std::optional<WellFormednessError> find_well_formedness_error(std::string_view text) { return run_gate(text); }

Status check_well_formed(std::string_view text, const std::string& file_name, const LineIndex& lines) {
  std::optional<WellFormednessError> e = run_gate(text);
  if (!e) return ok_status();
  return Error{"malformed-xml", "malformed XML: " + e->reason, "", lines.locate(file_name, e->offset)};
}

std::optional<std::string> check_fragment_well_formed(std::string_view fragment, const NamespaceBindings& namespaces) {
  // The DOCTYPE names an external subset (never loaded), so references to
  // the document's entities are accepted, as in the document itself.
  static constexpr std::string_view kName = "_xloc_fragment";
  std::string wrapped = "<!DOCTYPE _xloc_fragment SYSTEM \"urn:xloc:document-dtd\"><";
  wrapped += kName;
  std::vector<std::string_view> declared;  // the first binding of a prefix wins, as in lookup()
  for (const auto& [prefix, uri] : namespaces) {
    if (prefix == "xml" || prefix == "xmlns") continue;
    if (std::find(declared.begin(), declared.end(), prefix) != declared.end()) continue;
    declared.push_back(prefix);
    if (!prefix.empty() && uri.empty()) continue;  // an undeclaration: not in Namespaces 1.0
    wrapped += prefix.empty() ? " xmlns=\"" : " xmlns:" + prefix + "=\"";
    append_escaped(wrapped, uri);
    wrapped += '"';
  }
  wrapped += '>';
  wrapped += fragment;
  wrapped += "</";
  wrapped += kName;
  wrapped += '>';
  std::optional<WellFormednessError> e = run_gate(wrapped);
  if (!e) return std::nullopt;
  if (e->too_deep) return "the markup is nested too deeply";
  return e->reason;
}

}  // namespace xloc::its
