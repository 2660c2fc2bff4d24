// Exports catalog_arguments(): the catalogs `check` and `stats` are given,
// as a user types them: a folder stands for the .po files in it (sorted),
// and a catalog named twice ("po/de.po ./po/de.po", or through a folder)
// is read once, where it first appears.
#pragma once

#include <string>
#include <vector>

#include "base/error.h"
#include "base/file_system.h"

namespace xloc {

// Error "no-catalogs" for a folder without a .po file.
Result<std::vector<std::string>> catalog_arguments(FileSystem& fs, const std::vector<std::string>& args);

}  // namespace xloc
