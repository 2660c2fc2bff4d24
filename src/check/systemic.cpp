// Implements systemic.h.
#include "check/systemic.h"

#include <algorithm>

namespace xloc {

void fold_systemic_findings(const std::vector<const CheckInfo*>& enabled, const CheckScope& scope, size_t messages,
                            std::vector<Diagnostic>& diagnostics) {
  for (const CheckInfo* info : enabled) {
    if (!info->systemic) continue;
    const auto is_its = [&](const Diagnostic& d) { return d.check == info->id && d.severity == info->severity; };
    const size_t n = static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(), is_its));
    if (n < kSystemicMinFindings || n * 2 < messages) continue;
    std::erase_if(diagnostics, is_its);
    Findings findings(*info, scope.catalog, diagnostics);
    findings.add_to_catalog(info->systemic(scope) + " (" + std::to_string(n) + " of " + std::to_string(messages) +
                            " translations)");
  }
}

}  // namespace xloc
