// Exports SourceLocation: where in an input file something came from.
// Lines and columns are 1-based; 0 means "unknown". Columns count bytes.
#pragma once

#include <string>

namespace xloc {

struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;

  // "file:line:column", dropping the parts that are unknown.
  std::string to_string() const;

  friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

}  // namespace xloc
