// Exports too_deep(): the first element nested deeper than
// limits::kMaxXmlDepth, found without recursion, so that the recursive
// passes over a parsed document (the ITS walk, the markup comparison)
// never run out of stack on hostile input.
#pragma once

#include <cstddef>

#include <pugixml.hpp>

namespace xloc::its {

// The first element (in document order) at depth > max_depth below `root`
// (the root's own children are at depth 1), or an empty node.
pugi::xml_node too_deep(pugi::xml_node root, size_t max_depth);

}  // namespace xloc::its
