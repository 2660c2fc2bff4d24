// Exports check_files(): read catalogs through a FileSystem and check them
// in parallel, one catalog per thread at a time. A file the PO reader
// rejects becomes an unusable CatalogResult holding the reader's error as
// a diagnostic ("syntax", or "encoding" for bytes and charsets), so the
// caller can report it and exit 2.
#pragma once

#include <string>
#include <vector>

#include "base/file_system.h"
#include "check/check_catalog.h"

namespace xloc {

CheckRun check_files(FileSystem& fs, const std::vector<std::string>& paths, const CheckOptions& options = {});

// The diagnostic for a reader error: check "encoding" for invalid bytes or
// an unknown charset, "syntax" for everything else.
Diagnostic reader_diagnostic(const Error& error, const std::string& path);

}  // namespace xloc
