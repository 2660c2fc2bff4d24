// Exports how release shows a percentage: truncated, not rounded, to one
// decimal, so a locale at 79.96% never reads "80.0%" while held back under
// an 80% threshold. The manifest, the report and the CLI all use it.
#pragma once

#include <cmath>
#include <cstdio>
#include <string>

namespace xloc {

inline double truncate_to_tenth(double percent) { return std::floor(percent * 10.0 + 1e-9) / 10.0; }

// "52.3%"; `width` pads on the left, for columns.
inline std::string percent_text(double percent, int width = 0) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%*.1f%%", width, truncate_to_tenth(percent));
  return buf;
}

}  // namespace xloc
