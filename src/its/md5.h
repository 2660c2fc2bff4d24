// Exports md5_hex(): the MD5 digest of bytes as 32 lower-case hex digits
// (RFC 1321). Not for security: itstool names an external resource's
// version by it ("external ref='x.png' md5='…'"), so catalogs made by
// either tool agree.
#pragma once

#include <string>
#include <string_view>

namespace xloc::its {

std::string md5_hex(std::string_view bytes);

}  // namespace xloc::its
