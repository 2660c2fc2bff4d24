#include "catalog/po_lexer.h"

#include <cstring>

namespace xloc {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The rest of the line from `pos`, without its "\r\n" or "\n".
std::string_view rest_of_line(std::string_view data, size_t pos) {
  size_t end = data.find('\n', pos);
  if (end == std::string_view::npos) end = data.size();
  if (end > pos && data[end - 1] == '\r') --end;
  return data.substr(pos, end - pos);
}

// A short excerpt of input for error messages: at most one line, 40 bytes.
std::string excerpt(std::string_view text) {
  const size_t nl = text.find_first_of("\r\n");
  if (nl != std::string_view::npos) text = text.substr(0, nl);
  return std::string(text.substr(0, 40));
}

}  // namespace

PoLexer::PoLexer(std::string_view data, std::string_view file_name) : data_(data), file_(file_name) {
  if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;
}

void PoLexer::new_line(size_t next_line_start) {
  pos_ = line_start_ = next_line_start;
  ++line_;
  obsolete_ = previous_ = false;
}

PoToken PoLexer::fail(std::string code, std::string message, std::string fragment, int line, int column) {
  error_ = Error{std::move(code), std::move(message), std::move(fragment),
                 SourceLocation{std::string(file_), line, column}};
  PoToken t;
  t.kind = PoTokenKind::kError;
  t.line = line;
  t.column = column;
  return t;
}

PoToken PoLexer::next() {
  const size_t n = data_.size();
  for (;;) {
    while (pos_ < n && is_blank(data_[pos_])) ++pos_;
    if (pos_ == n) return PoToken{};
    if (data_[pos_] == '\n') {
      new_line(pos_ + 1);
      continue;
    }
    break;
  }

  PoToken t;
  t.line = line_;
  t.column = static_cast<int>(pos_ - line_start_) + 1;
  const char c = data_[pos_];

  if (c == '#') {
    const char c1 = pos_ + 1 < n ? data_[pos_ + 1] : '\0';
    if (c1 == '~' && !obsolete_ && !previous_) {
      obsolete_ = true;
      pos_ += 2;
      if (pos_ < n && data_[pos_] == '|') {
        previous_ = true;
        ++pos_;
      }
      return next();
    }
    if (c1 == '|' && !previous_) {
      previous_ = true;
      pos_ += 2;
      return next();
    }
    t.kind = PoTokenKind::kComment;
    t.text = rest_of_line(data_, pos_ + 1);
    t.obsolete = obsolete_;
    pos_ += 1 + t.text.size();
    return t;
  }

  t.obsolete = obsolete_;
  t.previous = previous_;

  if (c == '"') {
    // Find the closing quote; a backslash protects the next byte. Most
    // strings have neither backslash nor line end before their quote:
    // memchr finds those at SIMD speed.
    size_t p = pos_ + 1;
    const char* base = data_.data();
    if (const void* quote = std::memchr(base + p, '"', n - p)) {
      const size_t end = static_cast<size_t>(static_cast<const char*>(quote) - base);
      if (!std::memchr(base + p, '\\', end - p) && !std::memchr(base + p, '\n', end - p)) p = end;
    }
    for (;;) {
      while (p < n && data_[p] != '"' && data_[p] != '\\' && data_[p] != '\n') ++p;
      if (p == n || data_[p] == '\n') {
        return fail("unterminated-string", "unterminated string", excerpt(data_.substr(pos_)), t.line, t.column);
      }
      if (data_[p] == '"') break;
      t.has_escape = true;
      if (p + 1 == n || data_[p + 1] == '\n' || (data_[p + 1] == '\r' && p + 2 < n && data_[p + 2] == '\n')) {
        return fail("unterminated-string", "unterminated string", excerpt(data_.substr(pos_)), t.line, t.column);
      }
      p += 2;
    }
    t.kind = PoTokenKind::kString;
    t.text = data_.substr(pos_ + 1, p - pos_ - 1);
    pos_ = p + 1;
    return t;
  }

  if (is_word(c)) {
    size_t p = pos_;
    while (p < n && is_word(data_[p])) ++p;
    const std::string_view word = data_.substr(pos_, p - pos_);
    pos_ = p;
    if (word == "msgid") {
      t.kind = PoTokenKind::kMsgid;
    } else if (word == "msgstr") {
      t.kind = PoTokenKind::kMsgstr;
      // Optional "[N]", gettext allows blanks around the parts.
      size_t q = pos_;
      while (q < n && is_blank(data_[q])) ++q;
      if (q < n && data_[q] == '[') {
        ++q;
        while (q < n && is_blank(data_[q])) ++q;
        const size_t digits = q;
        long index = 0;
        while (q < n && data_[q] >= '0' && data_[q] <= '9' && index < 1000000) index = index * 10 + (data_[q++] - '0');
        while (q < n && is_blank(data_[q])) ++q;
        if (q == digits || q >= n || data_[q] != ']') {
          return fail("bad-msgstr-index", "expected 'msgstr[N]' with a number N",
                      excerpt(data_.substr(pos_ - word.size())), t.line, t.column);
        }
        t.index = static_cast<int>(index);
        pos_ = q + 1;
      }
    } else if (word == "msgctxt") {
      t.kind = PoTokenKind::kMsgctxt;
    } else if (word == "msgid_plural") {
      t.kind = PoTokenKind::kMsgidPlural;
    } else if (word == "domain") {
      t.kind = PoTokenKind::kDomain;
    } else {
      return fail("unknown-keyword", "unknown keyword '" + std::string(word) + "'", "", t.line, t.column);
    }
    t.text = data_.substr(t.column - 1 + line_start_, pos_ - (t.column - 1 + line_start_));
    return t;
  }

  return fail("unexpected-character", "unexpected character", excerpt(data_.substr(pos_)), t.line, t.column);
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

Status decode_po_string(const PoToken& token, std::string_view file_name, std::string& out) {
  const std::string_view s = token.text;
  if (!token.has_escape) {
    out.append(s);
    return ok_status();
  }
  size_t i = 0;
  while (i < s.size()) {
    const size_t bs = s.find('\\', i);
    if (bs == std::string_view::npos) {
      out.append(s.substr(i));
      break;
    }
    out.append(s.substr(i, bs - i));
    const char e = s[bs + 1];  // the lexer guarantees a byte after '\'
    i = bs + 2;
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'b': out += '\b'; break;
      case 'r': out += '\r'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      case 'a': out += '\a'; break;
      case '\\': out += '\\'; break;
      case '"': out += '"'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int value = e - '0';
        for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) value = value * 8 + (s[i++] - '0');
        out += static_cast<char>(value);
        break;
      }
      case 'x': {
        if (i >= s.size() || hex_value(s[i]) < 0) {
          return Error{"bad-escape", "'\\x' needs at least one hex digit", "\\x",
                       SourceLocation{std::string(file_name), token.line,
                                      token.column + 1 + static_cast<int>(bs)}};
        }
        int value = 0;
        while (i < s.size() && hex_value(s[i]) >= 0) value = (value * 16 + hex_value(s[i++])) & 0xFF;
        out += static_cast<char>(value);
        break;
      }
      default: {
        // Quote the whole (possibly multi-byte) character after the backslash.
        size_t len = 1;
        const auto lead = static_cast<unsigned char>(e);
        if (lead >= 0xC0) len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        return Error{"bad-escape", "invalid escape sequence", std::string(s.substr(bs, 1 + len)),
                     SourceLocation{std::string(file_name), token.line, token.column + 1 + static_cast<int>(bs)}};
      }
    }
  }
  return ok_status();
}

}  // namespace xloc
