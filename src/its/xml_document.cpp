#include "its/xml_document.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "base/limits.h"
#include "base/utf8.h"
#include "its/xml_depth.h"
#include "its/xml_gate.h"

namespace xloc::its {
namespace {

Error too_deep_error(pugi::xml_node deep, std::string_view text, const std::string& file_name,
                     const LineIndex& lines) {
  const size_t at = static_cast<size_t>(std::max<ptrdiff_t>(deep.offset_debug() - 1, 0));
  return Error{"too-deep",
               "elements nested more than " + std::to_string(limits::kMaxXmlDepth) +
                   " levels deep; xloc accepts at most " + std::to_string(limits::kMaxXmlDepth),
               deep.name(), lines.locate(file_name, std::min(at, text.size()))};
}

}  // namespace

Status parse_xml(pugi::xml_document& doc, std::string_view text, const std::string& file_name,
                 const LineIndex& lines) {
  constexpr unsigned kOptions = pugi::parse_default | pugi::parse_comments | pugi::parse_pi |
                                pugi::parse_doctype | pugi::parse_ws_pcdata | pugi::parse_declaration;
  // The text is UTF-8 here (decode_xml() converted any other encoding).
  if (const auto invalid = find_invalid_utf8(text)) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[*invalid]));
    return Error{"invalid-utf8",
                 "invalid UTF-8 (a document in another encoding must say so: <?xml version=\"1.0\" "
                 "encoding=\"...\"?>)",
                 hex, lines.locate(file_name, *invalid)};
  }
  // The gate decides well-formedness; its nesting limit is xloc's too, and
  // is reported below, from pugixml's tree, with the element's name.
  const std::optional<WellFormednessError> bad = find_well_formedness_error(text);
  if (bad && !bad->too_deep)
    return Error{"malformed-xml", "malformed XML: " + bad->reason, "", lines.locate(file_name, bad->offset)};
  pugi::xml_parse_result r = doc.load_buffer(text.data(), text.size(), kOptions, pugi::encoding_utf8);
  if (r) {
    pugi::xml_node deep = too_deep(doc, limits::kMaxXmlDepth);
    if (!deep) return ok_status();
    return too_deep_error(deep, text, file_name, lines);
  }
  if (bad) return Error{"too-deep", "malformed XML: " + bad->reason, "", lines.locate(file_name, bad->offset)};
  // Well-formed, yet pugixml cannot build it: say so rather than guess.
  std::string reason = r.description();
  if (!reason.empty()) reason[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(reason[0])));
  const size_t offset = std::min(static_cast<size_t>(std::max<ptrdiff_t>(r.offset, 0)), text.size());
  return Error{"unreadable-xml", "xloc cannot read this XML: " + reason, "", lines.locate(file_name, offset)};
}

}  // namespace xloc::its
