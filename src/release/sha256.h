// Exports sha256_hex(): the SHA-256 of bytes as 64 lower-case hex digits,
// for the release manifest. Backed by OpenSSL's libcrypto.
#pragma once

#include <string>
#include <string_view>

namespace xloc {

std::string sha256_hex(std::string_view data);

}  // namespace xloc
