// Exports scan_start_tag() and element_end(): byte-exact positions of an
// element's start tag, attributes and end tag in the original source text.
// pugixml parses a copy in place and keeps only where each node's name or
// value starts; these finish the job by scanning the (already well-formed)
// source, so export can splice translations into the original bytes.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace xloc::its {

struct ScannedAttribute {
  std::string_view name;   // as written, e.g. "xml:lang"
  size_t name_begin = 0;
  size_t value_begin = 0;  // just after the opening quote
  size_t value_end = 0;    // at the closing quote
};

struct StartTag {
  size_t begin = 0;     // at '<'
  size_t name_end = 0;  // just after the element name
  size_t end = 0;       // just after '>'
  bool self_closing = false;
  std::vector<ScannedAttribute> attributes;
};

// `begin` is the offset of the '<' of a start tag in well-formed XML.
StartTag scan_start_tag(std::string_view source, size_t begin);

// Offset of the first byte of `node`'s markup ('<' for elements), or npos
// if pugixml cannot say (e.g. the node was renamed after parsing).
size_t node_begin(pugi::xml_node node);

// Where an element starts; node_begin() unless the caller remembers better.
using ElementBegin = std::function<size_t(pugi::xml_node)>;

// Offset just past the end of `node` (element, text, CDATA, comment or PI)
// in the source it was parsed from, or npos if unknown.
size_t node_end(std::string_view source, pugi::xml_node node, const ElementBegin& element_begin = node_begin);

}  // namespace xloc::its
