// Exports the charset handling of the PO reader: which declared charsets
// mean "already UTF-8", and conversion of a whole file to UTF-8 with ICU.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/error.h"

namespace xloc {

// True for "UTF-8"/"utf8" in any case, for ASCII's names, and for the
// "CHARSET" placeholder of a fresh template: text that needs no conversion.
bool is_utf8_compatible_charset(std::string_view charset);

// `data` decoded from `charset` and re-encoded as UTF-8. An unknown charset
// or a byte sequence that is invalid in it is an Error located in `data`
// (line and column of the offending bytes) in file `file_name`.
Result<std::string> convert_to_utf8(std::string_view data, const std::string& charset, std::string_view file_name);

// Byte offset of the first byte of `text` that does not start well-formed
// UTF-8, like find_invalid_utf8() in base/utf8.h but several times faster
// on non-Latin text (8 ASCII bytes at a time, common 2- and 3-byte
// sequences inline); the PO reader validates every byte it reads with it.
std::optional<size_t> find_invalid_utf8_fast(std::string_view text);

// Where byte `offset` of `data` is: 1-based line and byte column.
SourceLocation location_of_offset(std::string_view data, size_t offset, std::string_view file_name);

}  // namespace xloc
