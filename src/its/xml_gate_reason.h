// Exports reason_in_words(): libxml2's error message for a well-formedness
// error, rewritten as the reason xloc gives a user. libxml2 names its own
// functions ("xmlParseEntityRef: no name") and some constraints in parser
// terms; the few that need it get a sentence saying what is wrong and how
// to write it instead, the rest keep libxml2's words without the function
// name. Also is_depth_limit(): libxml2's nesting limit, reported by callers
// as xloc's own "too-deep" limit.
#pragma once

#include <string>
#include <string_view>

namespace xloc::its {

// What libxml2 said: its xmlParserErrors code, its text, and the names and
// number it quotes (an entity or element name, a line), possibly empty.
struct ParserMessage {
  int code = 0;
  std::string message;
  std::string str1;
  std::string str2;
  int int1 = 0;
};

std::string reason_in_words(const ParserMessage& m);

bool is_depth_limit(int code, std::string_view message);

}  // namespace xloc::its
