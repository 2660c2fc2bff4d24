#include "render/vocabulary.h"

#include <pugixml.hpp>

#include <cstring>

namespace xloc::render {
namespace {

// The namespace the root element's prefix (or the default) is bound to,
// looked up on the root itself: that is where documents declare it.
std::string root_namespace(const pugi::xml_node& root) {
  const std::string name = root.name();
  const size_t colon = name.find(':');
  const std::string attr = colon == std::string::npos ? "xmlns" : "xmlns:" + name.substr(0, colon);
  return root.attribute(attr.c_str()).value();
}

}  // namespace

Vocabulary vocabulary_of(std::string_view xml) {
  pugi::xml_document doc;
  // Only the root's start tag matters, but a well-formed parse is cheap at
  // article size and rejects what no stylesheet could read anyway.
  if (!doc.load_buffer(xml.data(), xml.size(), pugi::parse_default & ~pugi::parse_escapes)) return Vocabulary::kUnknown;
  const std::string ns = root_namespace(doc.document_element());
  if (ns == "http://docbook.org/ns/docbook") return Vocabulary::kDocBook5;
  if (ns == "http://projectmallard.org/1.0/") return Vocabulary::kMallard;
  return Vocabulary::kUnknown;
}

std::string_view vocabulary_name(Vocabulary v) {
  switch (v) {
    case Vocabulary::kDocBook5: return "DocBook 5";
    case Vocabulary::kMallard: return "Mallard";
    case Vocabulary::kUnknown: break;
  }
  return "unknown";
}

std::string_view stylesheet_package(Vocabulary v) {
  switch (v) {
    case Vocabulary::kDocBook5: return "docbook-xsl-ns";
    case Vocabulary::kMallard: return "yelp-xsl";
    case Vocabulary::kUnknown: break;
  }
  return "";
}

}  // namespace xloc::render
