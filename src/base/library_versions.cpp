#include "base/library_versions.h"

#include <unicode/uversion.h>

#include <pugixml.hpp>

namespace xloc {

std::string library_versions() {
  UVersionInfo icu;
  u_getVersion(icu);
  char icu_text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(icu, icu_text);
  const int pugi = PUGIXML_VERSION;  // 1130 for 1.13, 190 for 1.9
  const int pugi_major = pugi >= 1000 ? pugi / 1000 : pugi / 100;
  const int pugi_minor = pugi >= 1000 ? pugi / 10 % 100 : pugi / 10 % 10;
  return "ICU " + std::string(icu_text) + ", pugixml " + std::to_string(pugi_major) + "." +
         std::to_string(pugi_minor);
}

}  // namespace xloc
