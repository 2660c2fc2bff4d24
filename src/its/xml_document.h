// Exports parse_xml(): the one way xloc reads an XML document (a source, a
// rules file), given as UTF-8 (its::decode_xml() converts other encodings
// first). The text first passes the conforming well-formedness gate
// (xml_gate.h, libxml2), then pugixml builds the DOM the ITS walk and the
// XPath selectors use, with comments, PIs, the DOCTYPE and whitespace-only
// text kept. Errors ("malformed-xml", "invalid-utf8", "too-deep", and
// "unreadable-xml" should pugixml fail on what the gate accepts) carry
// file:line:column.
#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "base/error.h"
#include "its/line_index.h"

namespace xloc::its {

Status parse_xml(pugi::xml_document& doc, std::string_view text, const std::string& file_name,
                 const LineIndex& lines);

}  // namespace xloc::its
