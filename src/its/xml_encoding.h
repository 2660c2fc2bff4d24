// Exports the encodings of XML documents: decode_xml() turns the bytes of a
// document in any encoding ICU converts (UTF-8, UTF-16 with a byte order
// mark, ISO-8859-x, windows-125x, US-ASCII, ...) into the UTF-8 text every
// other stage works on, and encode_xml() turns a UTF-8 edition back into
// the source's encoding, writing a character reference (&#xHHHH;) for each
// character the encoding cannot hold. A text in an ASCII-compatible single-
// or multi-byte encoding round-trips byte for byte, so an edition differs
// from its source only in the translations.
//
// The encoding is found as XML 1.0 appendix F says: a byte order mark, else
// the encoding declaration, else UTF-8. Errors ("unknown-encoding",
// "invalid-encoding"): a name ICU does not know, a byte order mark the
// declaration contradicts, UTF-32, and bytes the encoding does not define
// (with their place).
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"

namespace xloc::its {

struct XmlEncoding {
  std::string name = "UTF-8";  // as declared ("ISO-8859-1"), or "UTF-16LE"/"UTF-16BE" from the mark
  bool utf8 = true;            // UTF-8 (or US-ASCII text): no conversion at all
  bool utf16_bom = false;      // a UTF-16 byte order mark starts the bytes (written back on encoding)

  friend bool operator==(const XmlEncoding&, const XmlEncoding&) = default;
};

struct DecodedXml {
  std::string text;  // UTF-8; a UTF-16 byte order mark is dropped, a UTF-8 one kept
  XmlEncoding encoding;
};

// `bytes` is moved into the result's text when it is UTF-8 already.
Result<DecodedXml> decode_xml(std::string bytes, const std::string& file_name);

// `text` (UTF-8) in `encoding`; characters it cannot hold become
// character references, so `text` must have none where a reference is not
// allowed (see cannot_hold()).
std::string encode_xml(std::string_view text, const XmlEncoding& encoding);

// The first character of `text` (UTF-8) that `encoding` cannot hold, as
// its byte offset in `text`, or npos.
size_t cannot_hold(std::string_view text, const XmlEncoding& encoding);

}  // namespace xloc::its
