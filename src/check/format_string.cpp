// Implements format_string.h: the comparison every format language shares.
#include "check/format_string.h"

#include <algorithm>

namespace xloc {

unsigned read_argument_number(std::string_view s, size_t& i) {
  size_t j = i;
  unsigned n = 0;
  while (j < s.size() && ascii_digit(s[j])) n = std::min(n * 10 + static_cast<unsigned>(s[j++] - '0'), 100000u);
  if (j > i && j < s.size() && s[j] == '$' && n > 0) {
    i = j + 1;
    return n;
  }
  return 0;
}

bool at_argument_number_zero(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && s[j] == '0') ++j;
  return j > i && j < s.size() && s[j] == '$';
}

Error format_error(std::string_view directive, std::string why) {
  return Error{"invalid-directive", "invalid format directive '" + std::string(directive) + "': " + why,
               std::string(directive), {}};
}

std::optional<std::string> compare_format_specs(const FormatSpec& source, const FormatSpec& translation,
                                                bool strict, const FormatRules& rules) {
  if (rules.by_count) {
    const size_t want = source.arguments.size(), have = translation.arguments.size();
    if (have > want || (strict && have < want))
      return "the source takes " + std::to_string(want) + " argument" + (want == 1 ? "" : "s") +
             " but the translation " + std::to_string(have);
    return std::nullopt;
  }
  if (source.arguments.size() && translation.arguments.size() && source.named != translation.named)
    return source.named ? "the source uses named arguments but the translation does not"
                        : "the translation uses named arguments but the source does not";
  if (source.simple && !translation.simple)
    return std::string("the source uses only simple markers, but the translation has %L or a two-digit number");
  auto label = [&](const std::string& key) { return source.named ? "'" + key + "'" : key; };
  for (const auto& [key, arg] : translation.arguments) {
    auto it = source.arguments.find(key);
    if (it == source.arguments.end()) {
      if (rules.may_add) continue;
      return "'" + arg.directive + "' in the translation has no argument " + label(key) + " in the source";
    }
    if (it->second.type != arg.type && !(rules.any_matches && (it->second.type == "any" || arg.type == "any")))
      return "argument " + label(key) + " is '" + it->second.directive + "' (" + it->second.type +
             ") in the source but '" + arg.directive + "' (" + arg.type + ") in the translation";
  }
  for (const auto& [key, arg] : source.arguments)
    if ((strict || arg.required) && !translation.arguments.count(key))
      return "argument " + label(key) + " ('" + arg.directive + "') of the source is missing from the translation";
  return std::nullopt;
}

}  // namespace xloc
