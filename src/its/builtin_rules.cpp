#include "its/builtin_rules.h"

#include <algorithm>

namespace xloc::its {

// Defined in the generated builtin_rules_data.cpp (see CMakeLists.txt).
extern const BuiltinRules kBuiltinRules[];
extern const size_t kBuiltinRulesCount;

std::span<const BuiltinRules> builtin_rules() { return {kBuiltinRules, kBuiltinRulesCount}; }

std::optional<BuiltinRules> builtin_rules_for(std::string_view namespace_uri) {
  auto all = builtin_rules();
  auto it = std::find_if(all.begin(), all.end(),
                         [&](const BuiltinRules& r) { return !r.namespace_uri.empty() && r.namespace_uri == namespace_uri; });
  if (it == all.end()) return std::nullopt;
  return *it;
}

}  // namespace xloc::its
