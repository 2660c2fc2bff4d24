// Exports library_versions(): the versions of the libraries xloc runs with,
// for `xloc --version` and bug reports ("ICU 72.1, pugixml 1.13").
#pragma once

#include <string>

namespace xloc {

// ICU's as loaded at run time; pugixml's as compiled against (it has no
// run-time query).
std::string library_versions();

}  // namespace xloc
