// Exports the built-in rule sets: xloc's own ITS rules for DocBook 4 and 5,
// Mallard 1.0 and XHTML (the .its files in src/its/rules/, embedded into the
// library at build time), looked up by the root element's namespace URI;
// a set for documents without a namespace (DocBook 4) is chosen by the
// annotator, by DOCTYPE public id or the set's itst:match rules.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace xloc::its {

struct BuiltinRules {
  std::string_view namespace_uri;
  std::string_view file_name;  // "docbook5.its": used in messages about the rules
  std::string_view text;       // the .its file
  std::string_view public_id;  // DOCTYPE public id prefix that chooses it ("" none)
};

std::span<const BuiltinRules> builtin_rules();
// The set for a root namespace; never a set without one (see above).
std::optional<BuiltinRules> builtin_rules_for(std::string_view namespace_uri);

}  // namespace xloc::its
