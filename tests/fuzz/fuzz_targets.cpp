#include "fuzz_targets.h"

#include <array>
#include <cstdio>
#include <cstdlib>

namespace xloc::fuzz {

std::span<const NamedTarget> targets() {
  static constexpr std::array<NamedTarget, 6> kTargets{{
      {"po_reader", po_reader},
      {"plural_forms", plural_forms},
      {"its_walk", its_walk},
      {"markup_compare", markup_compare},
      {"check_catalog", check_catalog},
      {"xml_read", xml_read},
  }};
  return kTargets;
}

void fuzz_assert(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz invariant failed: %s\n", what);
  std::abort();
}

}  // namespace xloc::fuzz
