// Exports edit_distance: Levenshtein distance between two short ASCII
// strings, for "did you mean" suggestions on command and check names.
#pragma once

#include <string_view>

namespace xloc {

// Insertions, deletions and substitutions that turn `a` into `b`.
// O(|a|·|b|): meant for names, not for message text.
int edit_distance(std::string_view a, std::string_view b);

}  // namespace xloc
