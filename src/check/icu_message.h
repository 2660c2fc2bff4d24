// Exports IcuMessage: an ICU MessageFormat string parsed with ICU's
// MessagePattern, reduced to what the icu-* checks compare: the syntax
// error (with its offset), and every argument with its type and, for
// plural/selectordinal/select, the keywords of its arms.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace xloc {

struct IcuArgument {
  std::string name;
  std::string type;                    // "none", "simple", "plural", "selectordinal", "select", "choice"
  std::string style;                   // for simple: "number", "date", ... ("" otherwise)
  std::vector<std::string> keywords;   // arms, in order; explicit values as "=1"
  friend bool operator==(const IcuArgument&, const IcuArgument&) = default;
};

struct IcuMessage {
  std::optional<std::string> error;  // "invalid ICU MessageFormat at offset 12: ..."
  std::string error_code;            // ICU's: "U_UNMATCHED_BRACES", "U_DEFAULT_KEYWORD_MISSING"
  std::string error_context;         // the text before the error
  std::vector<IcuArgument> arguments;  // in order of appearance, nested ones too
};

IcuMessage parse_icu_message(std::string_view text);

}  // namespace xloc
