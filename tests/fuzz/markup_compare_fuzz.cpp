// Fuzz target: compare_markup on any source/translation pair (split at the
// first NUL byte, or the middle). A text compared with itself never has an
// error, and differences always carry a code and a message.
#include <string>

#include "fuzz_targets.h"
#include "its/markup_compare.h"

namespace xloc::fuzz {

int markup_compare(const uint8_t* data, size_t size) {
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  size_t cut = all.find('\0');
  if (cut == std::string_view::npos) cut = size / 2;
  const std::string_view source = all.substr(0, cut);
  const std::string_view translation = all.substr(std::min(cut + 1, size));
  const its::NamespaceBindings namespaces{{"", "http://docbook.org/ns/docbook"},
                                          {"xlink", "http://www.w3.org/1999/xlink"}};
  its::MarkupComparison c = its::compare_markup(source, translation, namespaces);
  for (const its::MarkupDifference& d : c.differences)
    fuzz_assert(!d.code.empty() && !d.message.empty(), "a difference without code or message");
  if (its::check_fragment(source, namespaces).empty())
    fuzz_assert(its::compare_markup(source, source, namespaces).ok(), "well-formed text differs from itself");
  return 0;
}

}  // namespace xloc::fuzz
