// Exports render_credits(): the translator-credits message of a catalog
// ("Name <email>, 2019, 2023", one translator per line) turned into XML
// through the document's itst:credits template, one element per translator,
// ready for the place the walk marked with a Span::kCredits.
#pragma once

#include <string>
#include <string_view>

#include "its/unit_walker.h"

namespace xloc {

// "" if the translation has no well-formed line or the document no template.
// Element names are written with the document's prefixes for their
// namespaces (declaring one only if the document has none).
std::string render_credits(const its::WalkResult& walk, std::string_view translation);

}  // namespace xloc
