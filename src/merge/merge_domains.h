// Exports merge_domains(): merge_catalog() for catalogs with several gettext
// domains (`domain "name"` lines, Message::domain).
//
// Each domain of a catalog is a catalog of its own (own header, own keys),
// so each is merged on its own:
//  - a template with one domain (every .pot xgettext, itstool or xloc
//    extract writes) is applied to every domain of the catalog, as
//    `msgmerge --multi-domain` does. Plain msgmerge would instead turn
//    every domain but the template's into obsolete entries, header and
//    all: nothing is lost either way, but nothing is gained by it.
//  - a template with several domains merges each with the catalog's domain
//    of the same name (an empty one if the catalog lacks it); catalog
//    domains the template lacks keep their header, everything else in
//    them becomes obsolete, as in msgmerge.
// Domains come out in template order, then the catalog's others. Stats are
// summed, warnings collected. A catalog and template with only the default
// domain are simply merge_catalog()'s case.
#pragma once

#include <span>

#include "merge/merge.h"

namespace xloc {

Result<MergeResult> merge_domains(const Catalog& templ, const Catalog& catalog,
                                  std::span<const Catalog> compendia = {}, const MergeOptions& options = {});

}  // namespace xloc
