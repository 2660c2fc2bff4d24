#include "its/xml_depth.h"

namespace xloc::its {

pugi::xml_node too_deep(pugi::xml_node root, size_t max_depth) {
  size_t depth = 0;
  pugi::xml_node node = root.first_child();
  if (node) depth = 1;
  while (node) {
    if (node.type() == pugi::node_element && depth > max_depth) return node;
    if (node.first_child()) {
      node = node.first_child();
      ++depth;
      continue;
    }
    while (node && !node.next_sibling() && node != root) {
      node = node.parent();
      --depth;
    }
    if (!node || node == root) break;
    node = node.next_sibling();
  }
  return {};
}

}  // namespace xloc::its
