// Exports c_format_directives(): where the printf directives of a C format
// string are, so that the PO writer, like gettext, never wraps a line in
// the middle of one ("%3d%%" stays whole in a "#, c-format" message).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace xloc {

struct DirectiveSpan {
  size_t begin;  // offset of the '%'
  size_t end;    // one past the conversion character
};

// The directives of `text` in order, "%%" included. Scanning stops at the
// first malformed directive, which is not reported.
std::vector<DirectiveSpan> c_format_directives(std::string_view text);

}  // namespace xloc
