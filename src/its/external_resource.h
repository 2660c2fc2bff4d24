// Exports the message itstool makes for an ITS External Resource
// (externalResourceRefRule, itst:externalRefRule): msgctxt "_", msgid
// "external ref='figures/x.png' md5='…'" (the MD5 of the file, relative to
// the document, or "__failed__" if it cannot be read), so a translator
// learns that a localized copy is needed and when the original changes.
// A translation of the same form naming another file is the reference the
// localized edition uses.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/file_system.h"

namespace xloc::its {

inline constexpr const char* kExternalResourceContext = "_";
inline constexpr const char* kExternalResourceNote =
    "This is a reference to an external file such as an image or video. When the file changes, the md5 hash "
    "will change to let you know you need to update your localized copy. The msgstr is not used at all. Set it "
    "to whatever you like once you have updated your copy of the file.";

std::string external_resource_msgid(FileSystem& fs, const std::string& document, const std::string& reference);

// The reference a translation names ("external ref='figures/fr/x.png' …"),
// or nullopt if it is not of that form.
std::optional<std::string> external_resource_in(std::string_view translation);

}  // namespace xloc::its
