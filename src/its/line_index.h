// Exports LineIndex: turns byte offsets into 1-based line:column positions
// (columns count bytes) for messages that point into XML and rule files.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_location.h"

namespace xloc::its {

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  int line_of(size_t offset) const;
  SourceLocation locate(const std::string& file, size_t offset) const;

 private:
  std::vector<size_t> line_starts_;
};

}  // namespace xloc::its
