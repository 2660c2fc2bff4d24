#include "its/line_index.h"

#include <algorithm>

namespace xloc::its {

LineIndex::LineIndex(std::string_view text) {
  line_starts_.push_back(0);
  for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
    line_starts_.push_back(i + 1);
}

int LineIndex::line_of(size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<int>(it - line_starts_.begin());
}

SourceLocation LineIndex::locate(const std::string& file, size_t offset) const {
  const int line = line_of(offset);
  return {file, line, static_cast<int>(offset - line_starts_[line - 1]) + 1};
}

}  // namespace xloc::its
