// Exports counted(): a count with its noun in the right number, "1 error",
// "2 errors", "0 warnings", for every message that counts things.
#pragma once

#include <string>
#include <string_view>

namespace xloc {

// `many` defaults to `one` + "s"; pass it for other plurals ("1 entry", "2 entries").
inline std::string counted(size_t n, std::string_view one, std::string_view many = {}) {
  std::string out = std::to_string(n) + " ";
  if (n == 1) return out.append(one);
  if (!many.empty()) return out.append(many);
  return out.append(one).append("s");
}

}  // namespace xloc
