// Exports write_po(): Catalog -> PO text, byte for byte what GNU gettext
// (msgcat, msgmerge) writes for the same messages.
//
// Entries are written in catalog order, live ones first and obsolete ones
// ("#~") after them, separated by blank lines; in a multi-domain catalog
// (Message::domain), domain by domain in order of first appearance, each
// after its `domain "name"` line (none for a leading default domain), as
// msgcat groups them. Each entry: translator
// comments, extracted comments ("#."), references ("#:", wrapped at the
// page width), flags ("#,", in stored order), previous strings ("#|"),
// then msgctxt, msgid, msgid_plural and msgstr / msgstr[N]. Strings are
// split after each "\n" and wrapped by display width at Unicode line break
// opportunities, like gettext does; a message flagged "no-wrap" is never
// wrapped, and a "c-format" message is never broken inside a directive.
#pragma once

#include <cstddef>
#include <string>

#include "catalog/catalog.h"

namespace xloc {

// Which "#:" references to write (msgcat --add-location, --no-location).
enum class LocationStyle {
  kFull,   // "#: a.c:12 b.c:3", as stored
  kFile,   // "#: a.c b.c": file names only, each once, in order of first use
  kNever,  // no "#:" lines
};

struct PoWriteOptions {
  size_t width = 79;  // page width (msgcat --width): below 20 counts as 20, 0 as unlimited
  bool wrap = true;   // false is msgcat --no-wrap: strings break only after "\n"
  LocationStyle locations = LocationStyle::kFull;
};

std::string write_po(const Catalog& catalog, const PoWriteOptions& options = {});

}  // namespace xloc
