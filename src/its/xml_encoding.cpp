#include "its/xml_encoding.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <memory>
#include <vector>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "its/line_index.h"

namespace xloc::its {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open_converter(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter c(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) return nullptr;
  return c;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_utf8_name(std::string_view name) {
  const std::string n = lower(name);
  return n == "utf-8" || n == "utf8";
}

bool is_utf16_name(std::string_view name) {
  const std::string n = lower(name);
  return n == "utf-16" || n == "utf-16le" || n == "utf-16be" || n == "ucs-2" || n == "iso-10646-ucs-2";
}

// The value of encoding="..." in an XML declaration at the start of
// `ascii` (the declaration's characters, one byte each), or "".
std::string declared_encoding(std::string_view ascii) {
  if (!ascii.starts_with("<?xml")) return "";
  const size_t end = std::min(ascii.find("?>"), ascii.size());
  const std::string_view decl = ascii.substr(0, end);
  size_t at = decl.find("encoding");
  if (at == std::string_view::npos) return "";
  at += 8;
  while (at < decl.size() && std::isspace(static_cast<unsigned char>(decl[at]))) ++at;
  if (at >= decl.size() || decl[at] != '=') return "";
  ++at;
  while (at < decl.size() && std::isspace(static_cast<unsigned char>(decl[at]))) ++at;
  if (at >= decl.size() || (decl[at] != '"' && decl[at] != '\'')) return "";
  const size_t close = decl.find(decl[at], at + 1);
  if (close == std::string_view::npos) return "";
  return std::string(decl.substr(at + 1, close - at - 1));
}

// The declaration's bytes as ASCII: every other byte of UTF-16.
std::string declaration_prefix(std::string_view bytes, int step, int first) {
  std::string out;
  for (size_t i = static_cast<size_t>(first); i < bytes.size() && out.size() < 256; i += static_cast<size_t>(step))
    out += bytes[i];
  return out;
}

bool starts(std::string_view bytes, std::initializer_list<unsigned char> prefix) {
  if (bytes.size() < prefix.size()) return false;
  size_t i = 0;
  for (unsigned char c : prefix)
    if (static_cast<unsigned char>(bytes[i++]) != c) return false;
  return true;
}

Error encoding_error(std::string code, std::string message, std::string fragment, const std::string& file,
                     std::string_view decoded_so_far = {}) {
  LineIndex lines(decoded_so_far);
  return Error{std::move(code), std::move(message), std::move(fragment),
               decoded_so_far.empty() ? SourceLocation{file, 1, 1} : lines.locate(file, decoded_so_far.size())};
}

}  // namespace

Result<DecodedXml> decode_xml(std::string bytes, const std::string& file_name) {
  DecodedXml out;
  const std::string_view b = bytes;
  if (starts(b, {0xFF, 0xFE, 0x00, 0x00}) || starts(b, {0x00, 0x00, 0xFE, 0xFF}))
    return encoding_error("unknown-encoding", "UTF-32 is not supported (xloc reads UTF-8, UTF-16 and 8-bit encodings)",
                          "", file_name);
  std::string declared;
  if (starts(b, {0xFE, 0xFF}) || starts(b, {0x00, 0x3C, 0x00, 0x3F})) {
    out.encoding = {"UTF-16BE", false, starts(b, {0xFE, 0xFF})};
    declared = declared_encoding(declaration_prefix(b.substr(out.encoding.utf16_bom ? 2 : 0), 2, 1));
  } else if (starts(b, {0xFF, 0xFE}) || starts(b, {0x3C, 0x00, 0x3F, 0x00})) {
    out.encoding = {"UTF-16LE", false, starts(b, {0xFF, 0xFE})};
    declared = declared_encoding(declaration_prefix(b.substr(out.encoding.utf16_bom ? 2 : 0), 2, 0));
  } else {
    const bool bom = starts(b, {0xEF, 0xBB, 0xBF});
    declared = declared_encoding(b.substr(bom ? 3 : 0, 256));
    if (bom && !declared.empty() && !is_utf8_name(declared))
      return encoding_error("invalid-encoding",
                            "the byte order mark says UTF-8 but the XML declaration says '" + declared + "'", declared,
                            file_name);
    if (!declared.empty() && is_utf16_name(declared))
      return encoding_error("invalid-encoding", "the XML declaration says '" + declared +
                                                    "' but the document is not UTF-16 (UTF-16 needs a byte order mark)",
                            declared, file_name);
    if (declared.empty() || is_utf8_name(declared)) {
      out.text = std::move(bytes);
      return out;
    }
    out.encoding = {declared, false, false};
  }
  if (out.encoding.name.starts_with("UTF-16") && !declared.empty() && !is_utf16_name(declared))
    return encoding_error("invalid-encoding", "the document is UTF-16 but the XML declaration says '" + declared + "'",
                          declared, file_name);
  Converter converter = open_converter(out.encoding.name);
  if (!converter)
    return encoding_error("unknown-encoding", "unknown encoding '" + out.encoding.name + "'", out.encoding.name,
                          file_name);
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::vector<UChar> units(bytes.size() * 2 + 2);
  const char* source = bytes.data() + (out.encoding.utf16_bom ? 2 : 0);
  UChar* target = units.data();
  ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source, bytes.data() + bytes.size(), nullptr,
                 true, &status);
  icu::UnicodeString decoded(false, units.data(), static_cast<int32_t>(target - units.data()));
  if (U_FAILURE(status)) {
    char invalid[32];
    int8_t length = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(converter.get(), invalid, &length, &ignored);
    std::string hex;
    for (int8_t i = 0; i < length; ++i) {
      char h[8];
      std::snprintf(h, sizeof h, "%s0x%02X", i ? " " : "", static_cast<unsigned char>(invalid[i]));
      hex += h;
    }
    std::string so_far;
    decoded.toUTF8String(so_far);
    return encoding_error("invalid-encoding", "bytes that are not " + out.encoding.name + " (the encoding the document " +
                                                  (declared.empty() ? "is in" : "declares") + ")",
                          hex, file_name, so_far);
  }
  decoded.toUTF8String(out.text);
  return out;
}

std::string encode_xml(std::string_view text, const XmlEncoding& encoding) {
  if (encoding.utf8) return std::string(text);
  Converter converter = open_converter(encoding.name);
  if (!converter) return std::string(text);  // decode_xml opened it: cannot happen
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_ESCAPE, UCNV_ESCAPE_XML_HEX, nullptr, nullptr, &status);
  const icu::UnicodeString units = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string out;
  if (encoding.utf16_bom) out = encoding.name == "UTF-16BE" ? std::string("\xFE\xFF") : std::string("\xFF\xFE");
  const size_t head = out.size();
  // A character becomes at most 10 bytes ("&#x10FFFF;") and far fewer in
  // any real encoding; one pass with room for the worst case.
  out.resize(head + static_cast<size_t>(units.length()) * 10 + 16);
  status = U_ZERO_ERROR;
  const int32_t written = ucnv_fromUChars(converter.get(), out.data() + head, static_cast<int32_t>(out.size() - head),
                                          units.getBuffer(), units.length(), &status);
  out.resize(head + static_cast<size_t>(std::max(written, 0)));
  return out;
}

size_t cannot_hold(std::string_view text, const XmlEncoding& encoding) {
  if (encoding.utf8) return std::string_view::npos;
  Converter converter = open_converter(encoding.name);
  if (!converter) return std::string_view::npos;
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0x80) continue;  // every supported encoding holds ASCII
    UChar units[2];
    int32_t length = 0;
    U16_APPEND_UNSAFE(units, length, c < 0 ? 0xFFFD : c);
    char bytes[16];
    status = U_ZERO_ERROR;
    ucnv_resetFromUnicode(converter.get());
    ucnv_fromUChars(converter.get(), bytes, sizeof bytes, units, length, &status);
    if (U_FAILURE(status)) return static_cast<size_t>(at);
  }
  return std::string_view::npos;
}

}  // namespace xloc::its
