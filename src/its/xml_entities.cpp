#include "its/xml_entities.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <mutex>

#include <libxml/entities.h>
#include <libxml/hash.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "its/xml_gate.h"
#include "its/xml_text.h"

namespace xloc::its {
namespace {

// Expansion stops this deep (entities referring to entities) and at this
// size: the document passed the gate, whose limits are libxml2's, but a
// message is expanded on its own.
constexpr int kMaxDepth = 16;
constexpr size_t kMaxExpandedBytes = size_t{1} << 20;

void ignore_errors(void*, xmlErrorPtr) {}

void collect_entity(void* payload, void* data, const xmlChar* /*name*/) {
  auto* entity = static_cast<xmlEntityPtr>(payload);
  auto* table = static_cast<EntityTable*>(data);
  if (entity == nullptr || entity->etype != XML_INTERNAL_GENERAL_ENTITY || entity->name == nullptr) return;
  // A document may redeclare the predefined five; their references stay.
  static constexpr std::string_view kPredefined[] = {"lt", "gt", "amp", "quot", "apos"};
  const std::string_view name = reinterpret_cast<const char*>(entity->name);
  if (std::find(std::begin(kPredefined), std::end(kPredefined), name) != std::end(kPredefined)) return;
  const char* content = entity->content ? reinterpret_cast<const char*>(entity->content) : "";
  table->emplace(reinterpret_cast<const char*>(entity->name), content);
}

bool expand(std::string_view in, const EntityTable& entities, int depth, std::string& out) {
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '&') {
      out += in[i];
      continue;
    }
    const auto name = entity_reference_at(in, i);
    auto found = name ? entities.find(*name) : entities.end();
    if (found == entities.end()) {
      out += in[i];
      continue;
    }
    if (depth >= kMaxDepth || out.size() + found->second.size() > kMaxExpandedBytes) return false;
    if (!expand(found->second, entities, depth + 1, out)) return false;
    i += name->size() + 1;  // the name and ';'
  }
  return true;
}

}  // namespace

EntityTable internal_entities(std::string_view text) {
  EntityTable table;
  // Most documents declare none: no second parse for them.
  if (text.find("<!ENTITY") == std::string_view::npos) return table;
  static std::once_flag initialized;
  std::call_once(initialized, [] { xmlInitParser(); });
  void* previous_context = xmlStructuredErrorContext;
  xmlStructuredErrorFunc previous = xmlStructuredError;
  xmlSetStructuredErrorFunc(nullptr, ignore_errors);
  const int size = static_cast<int>(std::min<size_t>(text.size(), INT32_MAX));
  if (xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(text.data(), size)) {
    // Declarations only: the content builds nothing.
    ctxt->sax->startElementNs = nullptr;
    ctxt->sax->endElementNs = nullptr;
    ctxt->sax->startElement = nullptr;
    ctxt->sax->endElement = nullptr;
    ctxt->sax->characters = nullptr;
    ctxt->sax->ignorableWhitespace = nullptr;
    ctxt->sax->cdataBlock = nullptr;
    ctxt->sax->comment = nullptr;
    ctxt->sax->processingInstruction = nullptr;
    ctxt->sax->reference = nullptr;
    ctxt->sax->warning = nullptr;
    ctxt->sax->error = nullptr;
    ctxt->sax->fatalError = nullptr;
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR | XML_PARSE_IGNORE_ENC);
    xmlParseDocument(ctxt);
    if (ctxt->myDoc && ctxt->myDoc->intSubset && ctxt->myDoc->intSubset->entities)
      xmlHashScan(static_cast<xmlHashTablePtr>(ctxt->myDoc->intSubset->entities), collect_entity, &table);
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = nullptr;
    xmlFreeParserCtxt(ctxt);
  }
  xmlSetStructuredErrorFunc(previous_context, previous);
  return table;
}

std::string expand_entities(std::string_view message, const EntityTable& entities,
                            const NamespaceBindings& namespaces) {
  if (entities.empty() || message.find('&') == std::string_view::npos) return std::string(message);
  std::string all;
  if (expand(message, entities, 0, all)) {
    const bool markup = all.size() != message.size() && all.find('<') != std::string::npos &&
                        std::count(all.begin(), all.end(), '<') != std::count(message.begin(), message.end(), '<');
    if (!markup || !check_fragment_well_formed(all, namespaces)) return all;
  }
  // Some expansion breaks the message: expand only the entities whose
  // replacement text is plain text.
  EntityTable plain;
  for (const auto& [name, value] : entities)
    if (value.find('<') == std::string::npos) plain.emplace(name, value);
  std::string some;
  if (expand(message, plain, 0, some) && !check_fragment_well_formed(some, namespaces)) return some;
  return std::string(message);
}

}  // namespace xloc::its
