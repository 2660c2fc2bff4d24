#include "base/error.h"

namespace xloc {

std::string Error::to_string() const {
  std::string out = where.to_string() + ": error: " + message;
  if (!fragment.empty()) out += " near '" + fragment + "'";
  return out;
}

}  // namespace xloc
