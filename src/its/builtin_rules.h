// Exports the built-in rule sets: xloc's own ITS rules for DocBook 5,
// Mallard 1.0 and XHTML (the .its files in src/its/rules/, embedded into the
// library at build time), looked up by the root element's namespace URI.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace xloc::its {

struct BuiltinRules {
  std::string_view namespace_uri;
  std::string_view file_name;  // "docbook5.its": used in messages about the rules
  std::string_view text;       // the .its file
};

std::span<const BuiltinRules> builtin_rules();
std::optional<BuiltinRules> builtin_rules_for(std::string_view namespace_uri);

}  // namespace xloc::its
