// Fuzz target: the ITS walk and extract on any XML. Every unit's offsets
// must lie inside the source and nest; a document that decodes and walks
// (as extract reads it: decode_xml, then walk_units on the UTF-8 text)
// must extract, to a template that write_po can write and read_po read back.
#include "catalog/po_reader.h"
#include "catalog/po_writer.h"
#include "extract/extract.h"
#include "fuzz_targets.h"
#include "its/unit_walker.h"
#include "its/xml_encoding.h"

namespace xloc::fuzz {

int its_walk(const uint8_t* data, size_t size) {
  const std::string source(reinterpret_cast<const char*>(data), size);
  MemoryFileSystem fs;
  fs.add("doc.xml", source);
  fs.add("rules.its", "<its:rules xmlns:its=\"http://www.w3.org/2005/11/its\" version=\"2.0\"/>");
  // walk_units reads UTF-8; extract decodes the document's bytes first.
  Result<its::DecodedXml> decoded = its::decode_xml(source, "doc.xml");
  if (!decoded) return 0;
  const std::string& text = decoded->text;
  Result<its::WalkResult> walked = its::walk_units(text, "doc.xml", fs);
  if (!walked) return 0;
  for (const its::Unit& u : walked->units) {
    fuzz_assert(u.begin <= u.content_begin && u.content_begin <= u.content_end && u.content_end <= u.end &&
                    u.end <= text.size(),
                "unit offsets out of order or outside the source");
    for (const its::Placeholder& p : u.placeholders)
      fuzz_assert(p.begin < p.end && p.end <= text.size(), "placeholder outside the source");
  }
  ExtractOptions options;
  options.creation_date = "2026-01-01 00:00+0000";
  Result<Catalog> pot = extract_template(fs, {"doc.xml"}, options);
  fuzz_assert(pot.ok(), "walk_units accepted a document that extract rejects");
  Result<Catalog> again = read_po(write_po(*pot), "doc.pot");
  fuzz_assert(again.ok(), "an extracted template does not read back");
  return 0;
}

}  // namespace xloc::fuzz
