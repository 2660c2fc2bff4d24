// Exports similarity(): how alike two strings are, as msgmerge measures it
// (2·|longest common subsequence| / (|a| + |b|), over bytes), computed with a
// bounded diff so that hopeless pairs are rejected early.
#pragma once

#include <string_view>

namespace xloc {

// A value in [0, 1]; 1 for equal strings. Returns 0 as soon as the result
// is known to be below `lower_bound` (then the exact value is not computed).
double similarity(std::string_view a, std::string_view b, double lower_bound = 0.0);

// Insertions plus deletions that turn `a` into `b` (no substitutions), or
// max_edits + 1 if it takes more than max_edits. O((|a|+|b|)·max_edits).
long diff_edits(std::string_view a, std::string_view b, long max_edits);

}  // namespace xloc
