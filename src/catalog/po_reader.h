// Exports read_po() and read_po_file(): PO/POT text -> Catalog.
//
// Reads the full syntax GNU gettext reads: the header entry, msgctxt,
// msgid_plural with msgstr[N], every comment kind ("#", "#.", "#:", "#,",
// "#|" previous msgctxt/msgid/msgid_plural), obsolete "#~" entries
// (including "#~|"), `domain "name"` lines (Message::domain; each domain
// may have its own header, and keys are unique per domain), strings
// continued over several lines, C escapes,
// CRLF line ends and a leading BOM. Each Message records where its entry,
// its msgid and its msgstr start (1-based line, byte column).
//
// Malformed input yields an Error at file:line:column, never a guess; the
// reader refuses what gettext refuses (duplicate msgctxt+msgid in one
// domain, obsolete or not, included). Every string it returns is UTF-8: a catalog whose
// header declares another charset is converted with ICU (columns then
// count bytes of the converted text) and its Content-Type header is
// rewritten to "charset=UTF-8" so that what it says matches what it holds;
// a UTF-8 catalog (or one declaring none, like a template's "CHARSET")
// must be valid UTF-8, and so must what its \ooo and \xHH escapes make
// (gettext only warns about the latter).
//
// Unlike gettext's reader, every flag is kept in read order (unknown ones
// such as "ignore-numbers" too), and references are kept as written
// (gettext drops repeated ones).
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
