#include "check/text_scan.h"

#include <unicode/uchar.h>

#include <cstdio>

#include "base/utf8.h"

namespace xloc {
namespace {

bool is_name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Length of the tag starting at text[pos] == '<', or 0 if it is not one.
size_t tag_length(std::string_view text, size_t pos) {
  size_t i = pos + 1;
  if (i < text.size() && (text[i] == '/' || text[i] == '!' || text[i] == '?')) ++i;
  if (i >= text.size() || !is_name_start(text[i])) return 0;
  char quote = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i - pos + 1;
    } else if (c == '<') {
      return 0;
    }
  }
  return 0;
}

}  // namespace

std::vector<CodePoint> code_points(std::string_view text) {
  std::vector<CodePoint> out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {  // most text is ASCII: no decoding
      out.push_back({byte, pos++, 1});
      continue;
    }
    const char32_t c = next_code_point(text, pos);
    out.push_back({c, start, pos - start});
  }
  return out;
}

std::string strip_markup(std::string_view text) {
  if (text.find('<') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '<') {
      if (const size_t n = tag_length(text, i)) {
        i += n - 1;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

bool has_markup(std::string_view text) {
  for (size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1))
    if (tag_length(text, i)) return true;
  return false;
}

std::string quote(std::string_view text) {
  constexpr size_t kMax = 40;
  if (text.size() <= kMax) return "'" + std::string(text) + "'";
  size_t cut = kMax - 3;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return "'" + std::string(text.substr(0, cut)) + "...'";
}

std::string code_point_name(char32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

std::string_view trim(std::string_view text) {
  auto ascii_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && ascii_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && ascii_space(text.back())) text.remove_suffix(1);
  // Unicode spaces (NBSP, ideographic space...) at either end.
  while (!text.empty() && static_cast<unsigned char>(text.front()) >= 0x80) {
    size_t pos = 0;
    if (!u_isUWhiteSpace(static_cast<UChar32>(next_code_point(text, pos)))) break;
    text.remove_prefix(pos);
    while (!text.empty() && ascii_space(text.front())) text.remove_prefix(1);
  }
  while (!text.empty() && static_cast<unsigned char>(text.back()) >= 0x80) {
    size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    size_t pos = start;
    if (!u_isUWhiteSpace(static_cast<UChar32>(next_code_point(text, pos)))) break;
    text.remove_suffix(text.size() - start);
    while (!text.empty() && ascii_space(text.back())) text.remove_suffix(1);
  }
  return text;
}

std::string to_utf8(char32_t c) {
  std::string out;
  append_utf8(out, c);
  return out;
}

}  // namespace xloc
