#include "catalog/po_charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <cctype>
#include <memory>
#include <vector>

namespace xloc {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

}  // namespace

bool is_utf8_compatible_charset(std::string_view charset) {
  const std::string cs = lower(charset);
  return cs == "utf-8" || cs == "utf8" || cs == "charset" || cs == "ascii" || cs == "us-ascii" ||
         cs == "ansi_x3.4-1968";
}

namespace {

// Per lead byte: sequence length (0 = cannot start one) and the range of
// the second byte, from the table of well-formed sequences (Unicode §3.9).
struct Utf8Table {
  uint8_t length[256];
  uint8_t low[256];
  uint8_t high[256];
  Utf8Table() {
    for (int b = 0; b < 256; ++b) {
      length[b] = b < 0x80 ? 1 : (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3 : (b >= 0xF0 && b <= 0xF4) ? 4 : 0;
      low[b] = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
      high[b] = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
    }
  }
};

}  // namespace

std::optional<size_t> find_invalid_utf8_fast(std::string_view text) {
  static const Utf8Table table;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char b = s[i];
    if (b < 0x80) {
      ++i;
      // Runs of ASCII go 8 bytes at a time.
      while (i + 8 <= n) {
        uint64_t word;
        std::memcpy(&word, s + i, 8);
        if (word & 0x8080808080808080ULL) break;
        i += 8;
      }
      continue;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      // Runs of 2-byte characters (Cyrillic, Greek, Hebrew, Arabic) likewise.
      unsigned char lead = b;
      do {
        if (i + 2 > n || (s[i + 1] & 0xC0) != 0x80) return i;
        i += 2;
      } while (i < n && (lead = s[i]) >= 0xC2 && lead <= 0xDF);
      continue;
    }
    if ((b & 0xF0) == 0xE0) {
      // Runs of 3-byte characters (CJK, Indic, Thai) in a tight loop.
      unsigned char lead = b;
      do {
        if (i + 3 > n || s[i + 1] < table.low[lead] || s[i + 1] > table.high[lead] || (s[i + 2] & 0xC0) != 0x80)
          return i;
        i += 3;
      } while (i < n && ((lead = s[i]) & 0xF0) == 0xE0);
      continue;
    }
    const size_t len = table.length[b];
    if (len == 0 || i + len > n || s[i + 1] < table.low[b] || s[i + 1] > table.high[b]) return i;
    if (len >= 3 && (s[i + 2] & 0xC0) != 0x80) return i;
    if (len == 4 && (s[i + 3] & 0xC0) != 0x80) return i;
    i += len;
  }
  return std::nullopt;
}

SourceLocation location_of_offset(std::string_view data, size_t offset, std::string_view file_name) {
  offset = std::min(offset, data.size());
  const std::string_view before = data.substr(0, offset);
  const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  const size_t line_start = before.rfind('\n');
  const size_t column = line_start == std::string_view::npos ? offset + 1 : offset - line_start;
  return SourceLocation{std::string(file_name), line, static_cast<int>(column)};
}

Result<std::string> convert_to_utf8(std::string_view data, const std::string& charset, std::string_view file_name) {
  // Charset names are ASCII (IANA: letters, digits and a few marks). ICU's
  // alias lookup skips other bytes, so "ISO-8859-\x8A1" would pass as
  // ISO-8859-1, and the name would no longer match itself once converted.
  const bool ascii_name = std::all_of(charset.begin(), charset.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == ':' || c == '+' || c == '(' || c == ')';
  });
  UErrorCode status = U_ZERO_ERROR;
  if (!ascii_name) status = U_INVALID_TABLE_FORMAT;  // reported below as unknown, like any bad name
  std::unique_ptr<UConverter, ConverterCloser> conv(ascii_name ? ucnv_open(charset.c_str(), &status) : nullptr);
  if (U_FAILURE(status)) {
    return Error{"unknown-charset", "the header declares a charset ICU does not know", charset,
                 SourceLocation{std::string(file_name), 0, 0}};
  }
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

  // Bytes -> UTF-16, stopping at the first invalid sequence.
  std::vector<UChar> utf16(data.size() + 16);
  const char* source = data.data();
  UChar* target = utf16.data();
  ucnv_toUnicode(conv.get(), &target, utf16.data() + utf16.size(), &source, data.data() + data.size(), nullptr,
                 true, &status);
  if (U_FAILURE(status)) {
    char bad[8];
    int8_t bad_len = sizeof bad;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), bad, &bad_len, &ignored);
    const size_t offset = static_cast<size_t>(source - data.data()) - static_cast<size_t>(std::max<int8_t>(bad_len, 0));
    std::string fragment;
    static const char* hex = "0123456789ABCDEF";
    for (int i = 0; i < bad_len; ++i) {
      const auto b = static_cast<unsigned char>(bad[i]);
      fragment += std::string(fragment.empty() ? "" : " ") + "0x" + hex[b >> 4] + hex[b & 15];
    }
    return Error{"invalid-encoding", "byte sequence is not valid " + charset, fragment,
                 location_of_offset(data, offset, file_name)};
  }
  utf16.resize(static_cast<size_t>(target - utf16.data()));

  // UTF-16 -> UTF-8.
  std::unique_ptr<UConverter, ConverterCloser> utf8(ucnv_open("UTF-8", &status));
  std::string out(utf16.size() * 3 + 1, '\0');
  const int32_t len = ucnv_fromUChars(utf8.get(), out.data(), static_cast<int32_t>(out.size()), utf16.data(),
                                      static_cast<int32_t>(utf16.size()), &status);
  if (U_FAILURE(status)) {
    return Error{"invalid-encoding", "cannot convert the catalog to UTF-8", charset,
                 SourceLocation{std::string(file_name), 0, 0}};
  }
  out.resize(static_cast<size_t>(len));
  return out;
}

}  // namespace xloc
