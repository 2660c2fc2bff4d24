#include "catalog/po_charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <cctype>
#include <memory>
#include <vector>

#include "base/utf8.h"

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

std::optional<size_t> find_invalid_utf8_fast(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  const auto cont = [&](size_t k) { return (s[k] & 0xC0) == 0x80; };
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, s + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char b = s[i];
    if (b < 0x80) {
      ++i;
    } else if (b >= 0xC2 && b <= 0xDF && i + 1 < n && cont(i + 1)) {
      i += 2;
    } else if (i + 2 < n && cont(i + 2) &&
               (((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) ? cont(i + 1)
                : b == 0xE0 ? (s[i + 1] >= 0xA0 && s[i + 1] <= 0xBF)
                : b == 0xED ? (s[i + 1] >= 0x80 && s[i + 1] <= 0x9F)
                            : false)) {
      i += 3;
    } else {
      // 4-byte sequences and errors: let the reference validator decide
      // and go on from there.
      const auto bad = find_invalid_utf8(text.substr(i, 4));
      if (bad && *bad == 0) return i;
      next_code_point(text, i);  // a valid 4-byte sequence: skip it
    }
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
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset.c_str(), &status));
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
