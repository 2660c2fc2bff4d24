// Exports fold_systemic_findings(): one systemic problem, one diagnostic.
// When a check that can name a catalog-wide cause (CheckInfo::systemic)
// fires on most of a catalog's messages, its per-message findings are
// replaced by one finding at the header saying what explains them
// ("translations are in Latin script; Language: sr@latin?"): thousands of
// identical warnings hide every other problem and fix nothing.
#pragma once

#include <vector>

#include "check/check.h"

namespace xloc {

// At least this many findings, on at least half the checked messages.
inline constexpr size_t kSystemicMinFindings = 5;

// `messages`: how many messages the checks saw. Rewrites `diagnostics`.
void fold_systemic_findings(const std::vector<const CheckInfo*>& enabled, const CheckScope& scope, size_t messages,
                            std::vector<Diagnostic>& diagnostics);

}  // namespace xloc
