// Fuzz target: how xloc reads XML, on any bytes. decode_xml() then
// parse_xml() (the libxml2 gate, then pugixml), the internal entities and
// their expansion, and the fragment gate. Invariants: a decoded document in
// an encoding that maps bytes one to one encodes back to the same bytes; a
// document the gate accepts, pugixml builds; a fragment the fragment gate
// accepts is accepted by the document gate inside an element; expansion
// stays bounded.
#include <string>

#include "fuzz_targets.h"
#include "its/line_index.h"
#include "its/xml_document.h"
#include "its/xml_encoding.h"
#include "its/xml_entities.h"
#include "its/xml_gate.h"

namespace xloc::fuzz {
namespace {

bool round_trips(const its::XmlEncoding& e) {
  const std::string& n = e.name;
  return e.utf8 || n.starts_with("UTF-16") || n.starts_with("ISO-8859-") || n.starts_with("iso-8859-") ||
         n.starts_with("windows-125") || n == "US-ASCII";
}

}  // namespace

int xml_read(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  Result<its::DecodedXml> decoded = its::decode_xml(bytes, "doc.xml");
  if (decoded.ok()) {
    if (round_trips(decoded->encoding))
      fuzz_assert(its::encode_xml(decoded->text, decoded->encoding) == bytes,
                  "decode_xml then encode_xml changed the bytes");
    const std::string& text = decoded->text;
    its::LineIndex lines(text);
    pugi::xml_document doc;
    Status parsed = its::parse_xml(doc, text, "doc.xml", lines);
    fuzz_assert(parsed.ok() || parsed.error().code != "unreadable-xml",
                "pugixml cannot build a document the gate accepts");
    if (parsed.ok()) {
      const its::EntityTable entities = its::internal_entities(text);
      for (const auto& [name, value] : entities) {
        const std::string expanded = its::expand_entities("&" + name + ";", entities, {});
        fuzz_assert(expanded.size() <= (size_t{1} << 21), "entity expansion is unbounded");
      }
    }
  }
  // The same bytes as a translation's markup.
  const its::NamespaceBindings scope{{"", "urn:x"}, {"p", "urn:p"}};
  if (!its::check_fragment_well_formed(bytes, scope)) {
    const std::string wrapped = "<!DOCTYPE a SYSTEM 'a.dtd'><a xmlns='urn:x' xmlns:p='urn:p'>" + bytes + "</a>";
    fuzz_assert(!its::find_well_formedness_error(wrapped), "a fragment the fragment gate accepts is malformed");
  }
  return 0;
}

}  // namespace xloc::fuzz
