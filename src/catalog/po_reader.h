// Exports read_po() and read_po_file(): PO/POT text -> Catalog.
//
// Reads the full syntax GNU gettext reads: the header entry, msgctxt,
// msgid_plural with msgstr[N], every comment kind ("#", "#.", "#:", "#,",
// "#|" previous msgctxt/msgid/msgid_plural), obsolete "#~" entries
// (including "#~|"), strings continued over several lines, C escapes,
// CRLF line ends and a leading BOM. Each Message records where its entry,
// its msgid and its msgstr start (1-based line, byte column).
//
// Malformed input yields an Error at file:line:column, never a guess.
// A catalog whose header declares a charset other than UTF-8 is converted
// to UTF-8 (with ICU); its Content-Type header then says "charset=UTF-8"
// so that what the catalog says matches what it holds. A UTF-8 catalog
// (or one that declares no charset, like a template's "CHARSET") must be
// valid UTF-8.
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"
#include "base/file_system.h"
#include "catalog/catalog.h"

namespace xloc {

// Catalog::path and every location's file are set to `file_name`.
Result<Catalog> read_po(std::string_view data, std::string_view file_name);

Result<Catalog> read_po_file(FileSystem& fs, const std::string& path);

}  // namespace xloc
