// Exports apply_layout(): the msgcat/msgmerge output options that change
// which entries are written and in what order, as opposed to how each is
// written (po_writer.h).
//
//  - SortOrder::kByMsgid (--sort-output): by msgid, then msgctxt (none
//    first), bytewise as strcmp.
//  - SortOrder::kByFile (--sort-by-file): each entry's references sorted by
//    file name and line number, then entries by their first reference
//    (entries without one first), then msgid, then msgctxt.
//  - for_msgfmt (--for-msgfmt): only what msgfmt compiles: no obsolete,
//    fuzzy or untranslated entries (the header stays), and no translator
//    comments, references or previous msgids (msgmerge keeps "#." and flags).
// Sorting keeps live and obsolete entries apart, as the writer does; it is
// stable, so equal keys keep their order.
#pragma once

#include "catalog/catalog.h"

namespace xloc {

enum class SortOrder { kNone, kByMsgid, kByFile };

struct LayoutOptions {
  SortOrder sort = SortOrder::kNone;
  bool for_msgfmt = false;
};

void apply_layout(Catalog& catalog, const LayoutOptions& options);

}  // namespace xloc
