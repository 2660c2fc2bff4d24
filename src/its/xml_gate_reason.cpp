#include "its/xml_gate_reason.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <utility>

#include <libxml/xmlerror.h>

namespace xloc::its {
namespace {

struct Rewrite {
  int code;
  std::string_view message_starts;  // empty: any message with the code
  std::string_view reason;          // "%1", "%2", "%n": libxml2's str1, str2, int1
};

// Rewritten where libxml2's words are parser jargon; one row per case.
constexpr Rewrite kRewrites[] = {
    {XML_ERR_ENTITYREF_SEMICOL_MISSING, "", "an entity reference must end with ';' (write '&amp;' for a literal '&')"},
    {XML_ERR_NAME_REQUIRED, "xmlParseEntityRef", "'&' must start an entity or character reference; write '&amp;' for a literal '&'"},
    {XML_ERR_UNDECLARED_ENTITY, "", "the entity '&%1;' is declared nowhere (the document has no DTD that could declare it)"},
    {XML_NS_ERR_UNDEFINED_NAMESPACE, "Namespace prefix", "undeclared namespace prefix '%1'"},
    {XML_ERR_ENTITY_LOOP, "", "entity references that refer to themselves or expand to too much text (an entity bomb?)"},
    {XML_ERR_TAG_NAME_MISMATCH, "", "the end tag </%2> does not match the start tag <%1> of line %n"},
    {XML_ERR_TAG_NOT_FINISHED, "", "the element <%1> of line %n is not closed"},
    {XML_ERR_DOCUMENT_END, "", "content after the end of the root element (a document has exactly one root element)"},
    {XML_ERR_DOCUMENT_EMPTY, "", "the document is empty: it has no root element"},
    {XML_ERR_INVALID_CHAR, "PCDATA invalid Char", "a character XML does not allow in text (a control character?)"},
    {XML_ERR_INVALID_CHAR, "xmlParseCharRef", "a character reference names a character XML does not allow"},
    {XML_ERR_INVALID_CHARREF, "", "a character reference names a character XML does not allow"},
    {XML_ERR_INVALID_DEC_CHARREF, "", "a malformed decimal character reference (&#NNN;)"},
    {XML_ERR_INVALID_HEX_CHARREF, "", "a malformed hexadecimal character reference (&#xHHH;)"},
    {XML_ERR_LT_IN_ATTRIBUTE, "", "'<' in an attribute value; write '&lt;'"},
    {XML_ERR_MISPLACED_CDATA_END, "", "']]>' in text; write ']]&gt;'"},
    {XML_ERR_HYPHEN_IN_COMMENT, "", "'--' inside a comment"},
    {XML_ERR_RESERVED_XML_NAME, "", "an XML declaration (<?xml ...?>) or a PI named 'xml' anywhere but at the very start"},
    {XML_ERR_ATTRIBUTE_REDEFINED, "", "the attribute '%1' appears twice on one element"},
    {XML_NS_ERR_ATTRIBUTE_REDEFINED, "", "the attribute '%1' appears twice on one element once prefixes are resolved"},
    {XML_ERR_UNKNOWN_ENCODING, "", "an encoding the parser does not know"},
    {XML_ERR_UNSUPPORTED_ENCODING, "", "an encoding the parser does not support"},
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

// "xmlParseCharRef: invalid ..." / "MixedContentDecl : '|' ..." -> the part
// after the parser function's name.
std::string_view without_function_name(std::string_view s) {
  const size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0) return s;
  std::string_view head = trim(s.substr(0, colon));
  const bool one_word = std::all_of(head.begin(), head.end(),
                                    [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
  const bool camel = head.size() > 3 && std::any_of(head.begin() + 1, head.end(),
                                                    [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  if (!one_word || !camel) return s;
  return trim(s.substr(colon + 1));
}

}  // namespace

std::string reason_in_words(const ParserMessage& m) {
  const std::string_view message = trim(m.message);
  for (const Rewrite& r : kRewrites) {
    if (r.code != m.code || !message.starts_with(r.message_starts)) continue;
    std::string out(r.reason);
    for (const auto& [key, value] : {std::pair<std::string_view, std::string>{"%1", m.str1}, {"%2", m.str2},
                                     {"%n", std::to_string(m.int1)}})
      if (const size_t at = out.find(key); at != std::string::npos) out.replace(at, 2, value);
    return out;
  }
  std::string out(without_function_name(message));
  if (out.empty()) return "not well-formed";
  if (out.size() > 1 && !std::isupper(static_cast<unsigned char>(out[1])))
    out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
}

bool is_depth_limit(int code, std::string_view message) {
  return code == XML_ERR_INTERNAL_ERROR && message.find("Excessive depth") != std::string_view::npos;
}

}  // namespace xloc::its
