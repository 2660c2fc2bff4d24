#include "catalog/po_reader.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <cstdint>
#include <vector>

#include "base/utf8.h"
#include "catalog/po_charset.h"
#include "catalog/po_lexer.h"

namespace xloc {
namespace {

// Where the grammar is inside one entry.
enum class State { kComments, kMsgctxt, kMsgid, kMsgidPlural, kMsgstr };

std::string_view strip_one_space(std::string_view s) {
  if (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// "#, fuzzy, c-format" -> flags. Flags are separated by commas; blanks
// separate flags too, except inside "range: a..b".
void add_flags(std::string_view text, std::vector<std::string>& flags) {
  while (!text.empty()) {
    size_t comma = text.find(',');
    if (comma == std::string_view::npos) comma = text.size();
    std::string_view piece = trim_spaces(text.substr(0, comma));
    text.remove_prefix(std::min(comma + 1, text.size()));
    if (piece.substr(0, 6) == "range:") {
      flags.emplace_back(piece);
      continue;
    }
    while (!piece.empty()) {
      size_t end = 0;
      while (end < piece.size() && !is_space(piece[end])) ++end;
      flags.emplace_back(piece.substr(0, end));
      piece = trim_spaces(piece.substr(end));
    }
  }
}

void add_references(std::string_view text, std::vector<std::string>& refs) {
  text = trim_spaces(text);
  while (!text.empty()) {
    size_t end = 0;
    while (end < text.size() && !is_space(text[end])) ++end;
    refs.emplace_back(text.substr(0, end));
    text = trim_spaces(text.substr(end));
  }
}

const char* keyword_name(PoTokenKind kind) {
  switch (kind) {
    case PoTokenKind::kMsgctxt: return "msgctxt";
    case PoTokenKind::kMsgid: return "msgid";
    case PoTokenKind::kMsgidPlural: return "msgid_plural";
    case PoTokenKind::kMsgstr: return "msgstr";
    case PoTokenKind::kDomain: return "domain";
    default: return "";
  }
}

std::string msgstr_name(int index) {
  return index < 0 ? std::string("msgstr") : "msgstr[" + std::to_string(index) + "]";
}

size_t key_hash(const Message& m) {
  size_t h = std::hash<std::string_view>{}(m.msgid);
  if (m.msgctxt) h ^= std::hash<std::string_view>{}(*m.msgctxt) * 0x9E3779B97F4A7C15ULL + 1;
  return h;
}

// gettext refuses two entries with the same msgctxt and msgid, obsolete
// or not; the error points at the second one. An open-addressing table of
// message indices: one allocation, however many messages.
Status check_duplicates(const Catalog& catalog) {
  const auto& messages = catalog.messages;
  size_t capacity = 16;
  while (capacity < 2 * messages.size()) capacity *= 2;
  std::vector<uint32_t> slots(capacity, 0);  // message index + 1; 0 = empty
  for (size_t i = 0; i < messages.size(); ++i) {
    const Message& m = messages[i];
    for (size_t slot = key_hash(m) & (capacity - 1);; slot = (slot + 1) & (capacity - 1)) {
      if (slots[slot] == 0) {
        slots[slot] = static_cast<uint32_t>(i + 1);
        break;
      }
      const Message& other = messages[slots[slot] - 1];
      if (other.msgid == m.msgid && other.msgctxt == m.msgctxt && other.domain == m.domain) {
        return Error{"duplicate-message",
                     "duplicate message definition; the first one is at line " +
                         std::to_string(other.msgid_location.line),
                     "", m.msgid_location};
      }
    }
  }
  return ok_status();
}

// The grammar: turns the lexer's tokens into Messages, one entry at a time.
class PoParser {
 public:
  // `utf8` says the text is UTF-8 whatever the header declares (the text
  // was converted); otherwise the header's charset decides.
  PoParser(std::string_view data, std::string_view file, bool utf8)
      : lexer_(data, file), file_(file), utf8_(utf8) {}

  Result<Catalog> parse();

 private:
  Status on_comment(const PoToken& t);
  Status on_previous_keyword(const PoToken& t);
  Status on_keyword(const PoToken& t);
  Status on_domain(const PoToken& t);
  Status on_string(const PoToken& t);
  Status finish_entry();
  Status check_escaped_strings();
  void start_entry_at(const PoToken& t);
  Error error_at(const PoToken& t, std::string code, std::string message, std::string fragment = "") const;
  SourceLocation at(const PoToken& t) const { return SourceLocation{std::string(file_), t.line, t.column}; }

  PoLexer lexer_;
  std::string_view file_;
  Catalog catalog_;
  Message cur_;
  bool cur_started_ = false;  // cur_ has a comment or keyword
  State state_ = State::kComments;
  bool obsolete_ = false;     // of the entry being read, fixed by its first keyword
  int next_msgstr_ = 0;       // index the next msgstr[N] must have
  std::string* target_ = nullptr;           // where strings go
  std::optional<std::string>* prev_target_ = nullptr;  // where "#|" strings go
  // The keyword still waiting for its first string, if any.
  bool need_string_ = false;
  PoToken pending_keyword_;
  std::string domain_;        // of the entries read from now on ("" until a 'domain' line)
  std::optional<PoToken> domain_token_;  // the 'domain' line whose name is being read
  bool utf8_;                             // strings must be valid UTF-8
  std::optional<PoToken> escape_token_;  // first string with escapes in this entry
};

Error PoParser::error_at(const PoToken& t, std::string code, std::string message, std::string fragment) const {
  return Error{std::move(code), std::move(message), std::move(fragment), at(t)};
}

void PoParser::start_entry_at(const PoToken& t) {
  if (cur_started_) return;
  cur_started_ = true;
  cur_.location = at(t);
}

Result<Catalog> PoParser::parse() {
  catalog_.path = std::string(file_);
  // Real catalogs average well over 200 bytes per entry; reserving avoids
  // moving every message several times while the vector grows.
  catalog_.messages.reserve(lexer_.size() / 256 + 1);
  for (;;) {
    const PoToken t = lexer_.next();
    if (t.kind == PoTokenKind::kError) return lexer_.error();
    if (need_string_ && t.kind != PoTokenKind::kString) {
      const std::string name = pending_keyword_.kind == PoTokenKind::kMsgstr ? msgstr_name(pending_keyword_.index)
                                                                              : keyword_name(pending_keyword_.kind);
      return error_at(pending_keyword_, "missing-string", "'" + name + "' is not followed by a string");
    }
    Status status = ok_status();
    switch (t.kind) {
      case PoTokenKind::kEnd:
        if (state_ == State::kMsgstr) {
          status = finish_entry();
          if (!status) return status.error();
        } else if (state_ != State::kComments) {
          return Error{"missing-msgstr", "entry ends without 'msgstr'", "", cur_.msgid_location};
        }
        return std::move(catalog_);
      case PoTokenKind::kComment: status = on_comment(t); break;
      case PoTokenKind::kString: status = on_string(t); break;
      case PoTokenKind::kDomain: status = on_domain(t); break;
      default: status = t.previous ? on_previous_keyword(t) : on_keyword(t); break;
    }
    if (!status) return status.error();
  }
}

Status PoParser::on_comment(const PoToken& t) {
  if (state_ == State::kMsgstr) {
    if (Status s = finish_entry(); !s) return s;
  } else if (state_ != State::kComments) {
    return error_at(t, "missing-msgstr", "comment inside an entry, before its 'msgstr'");
  }
  start_entry_at(t);
  const std::string_view text = t.text;
  const char kind = text.empty() ? '\0' : text.front();
  switch (kind) {
    case '.': cur_.extracted_comments.emplace_back(strip_one_space(text.substr(1))); break;
    case ':': add_references(text.substr(1), cur_.references); break;
    case ',':
    case '!': add_flags(text.substr(1), cur_.flags); break;
    default: cur_.translator_comments.emplace_back(strip_one_space(text)); break;
  }
  return ok_status();
}

Status PoParser::on_previous_keyword(const PoToken& t) {
  if (state_ == State::kMsgstr) {
    if (Status s = finish_entry(); !s) return s;
  } else if (state_ != State::kComments) {
    return error_at(t, "keyword-out-of-order", "'#|' line inside an entry, before its 'msgstr'");
  }
  start_entry_at(t);
  switch (t.kind) {
    case PoTokenKind::kMsgctxt:
      if (cur_.previous_msgctxt || cur_.previous_msgid)
        return error_at(t, "keyword-out-of-order", "'#| msgctxt' must come before '#| msgid'");
      prev_target_ = &cur_.previous_msgctxt;
      break;
    case PoTokenKind::kMsgid:
      if (cur_.previous_msgid) return error_at(t, "keyword-out-of-order", "second '#| msgid' in one entry");
      prev_target_ = &cur_.previous_msgid;
      break;
    case PoTokenKind::kMsgidPlural:
      if (!cur_.previous_msgid || cur_.previous_msgid_plural)
        return error_at(t, "keyword-out-of-order", "'#| msgid_plural' must follow '#| msgid'");
      prev_target_ = &cur_.previous_msgid_plural;
      break;
    default:
      return error_at(t, "keyword-out-of-order", "'#| msgstr' is not allowed; '#|' lines hold only the previous msgctxt, msgid and msgid_plural");
  }
  prev_target_->emplace();
  need_string_ = true;
  pending_keyword_ = t;
  return ok_status();
}

Status PoParser::on_keyword(const PoToken& t) {
  if (t.kind == PoTokenKind::kMsgctxt || t.kind == PoTokenKind::kMsgid) {
    if (state_ == State::kMsgstr) {
      if (Status s = finish_entry(); !s) return s;
    }
  }
  const bool first_keyword = state_ == State::kComments;
  if (first_keyword && domain_token_) {
    if (domain_.empty()) return error_at(*domain_token_, "empty-domain", "a domain needs a name");
    if (domain_ == "messages") domain_.clear();
    domain_token_.reset();
  }
  if (!first_keyword && t.obsolete != obsolete_) {
    return error_at(t, "inconsistent-obsolete", "inconsistent use of '#~': part of the entry is obsolete, part is not");
  }
  switch (t.kind) {
    case PoTokenKind::kMsgctxt:
      if (state_ != State::kComments)
        return error_at(t, "keyword-out-of-order", "'msgctxt' must come before 'msgid'");
      cur_.msgctxt.emplace();
      target_ = &*cur_.msgctxt;
      state_ = State::kMsgctxt;
      break;
    case PoTokenKind::kMsgid:
      if (state_ != State::kComments && state_ != State::kMsgctxt)
        return error_at(t, "missing-msgstr", "'msgid' follows a 'msgid' that has no 'msgstr'");
      cur_.msgid_location = at(t);
      target_ = &cur_.msgid;
      state_ = State::kMsgid;
      break;
    case PoTokenKind::kMsgidPlural:
      if (state_ != State::kMsgid) {
        return error_at(t, "keyword-out-of-order",
                        state_ == State::kMsgidPlural ? "second 'msgid_plural' in one entry"
                                                      : "'msgid_plural' must directly follow 'msgid'");
      }
      cur_.msgid_plural.emplace();
      target_ = &*cur_.msgid_plural;
      state_ = State::kMsgidPlural;
      break;
    case PoTokenKind::kMsgstr: {
      const std::string name = msgstr_name(t.index);
      if (state_ == State::kComments || state_ == State::kMsgctxt)
        return error_at(t, "keyword-out-of-order", "'" + name + "' without a preceding 'msgid'");
      if (state_ == State::kMsgid) {
        if (t.index >= 0)
          return error_at(t, "keyword-out-of-order", "'" + name + "' without 'msgid_plural'; a singular message takes 'msgstr'");
        cur_.msgstr_location = at(t);
        target_ = &cur_.msgstr[0];
      } else if (state_ == State::kMsgidPlural) {
        if (t.index < 0)
          return error_at(t, "keyword-out-of-order", "a message with 'msgid_plural' takes 'msgstr[0]', not 'msgstr'");
        if (t.index != 0)
          return error_at(t, "msgstr-index-gap", "'" + name + "' comes first; expected 'msgstr[0]'");
        cur_.msgstr_location = at(t);
        target_ = &cur_.msgstr[0];
        next_msgstr_ = 1;
      } else {  // kMsgstr
        if (!cur_.msgid_plural || t.index < 0)
          return error_at(t, "keyword-out-of-order", "second '" + name + "' in one entry");
        if (t.index < next_msgstr_) return error_at(t, "duplicate-msgstr", "second '" + name + "' in one entry");
        if (t.index > next_msgstr_) {
          return error_at(t, "msgstr-index-gap",
                          "'" + name + "' follows '" + msgstr_name(next_msgstr_ - 1) + "'; expected '" +
                              msgstr_name(next_msgstr_) + "'");
        }
        target_ = &cur_.msgstr.emplace_back();
        ++next_msgstr_;
      }
      state_ = State::kMsgstr;
      break;
    }
    default: break;
  }
  if (first_keyword) {
    obsolete_ = t.obsolete;
    start_entry_at(t);
  }
  need_string_ = true;
  pending_keyword_ = t;
  return ok_status();
}

// gettext's `domain "name"`: a statement between entries; the entries after
// it belong to that domain. "messages", gettext's default domain, is "".
Status PoParser::on_domain(const PoToken& t) {
  if (state_ == State::kMsgstr) {
    if (Status s = finish_entry(); !s) return s;
  } else if (state_ != State::kComments) {
    return error_at(t, "missing-msgstr", "'domain' inside an entry, before its 'msgstr'");
  }
  if (t.obsolete || t.previous) return error_at(t, "keyword-out-of-order", "'domain' cannot be obsolete or previous");
  domain_token_ = t;
  domain_.clear();
  target_ = &domain_;
  need_string_ = true;
  pending_keyword_ = t;
  return ok_status();
}

Status PoParser::on_string(const PoToken& t) {
  need_string_ = false;
  if (domain_token_ && target_ == &domain_ && !t.previous && !t.obsolete) {
    if (Status s = decode_po_string(t, file_, domain_); !s) return s;
    return ok_status();
  }
  if (t.previous) {
    if (!prev_target_) return error_at(t, "stray-string", "string on a '#|' line without a keyword");
    if (t.has_escape && !escape_token_) escape_token_ = t;
    return decode_po_string(t, file_, **prev_target_);
  }
  if (!target_ || target_ == &domain_) return error_at(t, "stray-string", "string without a keyword before it");
  if (t.obsolete != obsolete_)
    return error_at(t, "inconsistent-obsolete", "inconsistent use of '#~': part of the entry is obsolete, part is not");
  if (t.has_escape && !escape_token_) escape_token_ = t;
  return decode_po_string(t, file_, *target_);
}

// Octal and hex escapes can make any byte; in a UTF-8 catalog the strings
// they make must still be UTF-8. (Raw bytes are checked on the whole file.)
Status PoParser::check_escaped_strings() {
  if (catalog_.messages.empty()) {  // the header, if any, declares the charset
    utf8_ = utf8_ || !cur_.is_header() || is_utf8_compatible_charset(Header::parse(cur_.msgstr[0]).charset());
  }
  if (!escape_token_ || !utf8_) return ok_status();
  const auto valid = [](const std::optional<std::string>& s) { return !s || !find_invalid_utf8_fast(*s); };
  bool ok = valid(cur_.msgctxt) && valid(cur_.msgid) && valid(cur_.msgid_plural) &&
            valid(cur_.previous_msgctxt) && valid(cur_.previous_msgid) && valid(cur_.previous_msgid_plural);
  for (const std::string& s : cur_.msgstr) ok = ok && !find_invalid_utf8_fast(s);
  if (ok) return ok_status();
  return error_at(*escape_token_, "invalid-utf8", "escape sequences in this entry make invalid UTF-8");
}

Status PoParser::finish_entry() {
  if (Status s = check_escaped_strings(); !s) return s;
  escape_token_.reset();
  cur_.obsolete = obsolete_;
  cur_.domain = domain_;
  cur_.msgid_location.file = cur_.msgstr_location.file = cur_.location.file;
  catalog_.messages.push_back(std::move(cur_));
  cur_ = Message{};
  cur_started_ = false;
  state_ = State::kComments;
  obsolete_ = false;
  next_msgstr_ = 0;
  target_ = nullptr;
  prev_target_ = nullptr;
  return ok_status();
}

// Declares UTF-8 in the header's Content-Type, in place of the charset the
// catalog was converted from. Finds the charset exactly as
// Header::charset() does (field names in any case), so that reading the
// written catalog again never converts it a second time.
void declare_utf8(Catalog& catalog) {
  Message* header = catalog.header_entry();
  if (!header) return;
  Header fields = Header::parse(header->msgstr[0]);
  std::optional<std::string> type = fields.get("Content-Type");
  if (!type) return;
  const size_t at = type->find("charset=");
  if (at == std::string::npos) return;
  const size_t end = std::min(type->find_first_of("; \t", at + 8), type->size());
  type->replace(at + 8, end - (at + 8), "UTF-8");
  fields.set("Content-Type", *type);
  header->msgstr[0] = fields.to_msgstr();
}

// Where the header's "charset=" value is in the file: the first one after
// the header's msgstr keyword.
SourceLocation charset_location(std::string_view data, const Catalog& catalog, std::string_view file_name) {
  const Message* header = catalog.header_entry();
  size_t from = 0;
  for (int line = 1; header && line < header->msgstr_location.line && from != std::string_view::npos; ++line)
    from = data.find('\n', from) + 1;
  const size_t at = data.find("charset=", from == std::string_view::npos ? 0 : from);
  if (at == std::string_view::npos) return SourceLocation{std::string(file_name), 0, 0};
  return location_of_offset(data, at + 8, file_name);
}

Result<Catalog> parse_checked(std::string_view data, std::string_view file_name, bool utf8) {
  Result<Catalog> catalog = PoParser(data, file_name, utf8).parse();
  if (!catalog) return catalog;
  if (Status s = check_duplicates(*catalog); !s) return s.error();
  return catalog;
}

}  // namespace

Result<Catalog> read_po(std::string_view data, std::string_view file_name) {
  Result<Catalog> catalog = parse_checked(data, file_name, false);
  if (!catalog) return catalog;
  const std::string charset = catalog->header().charset();
  if (is_utf8_compatible_charset(charset)) {
    if (const auto bad = find_invalid_utf8_fast(data)) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(data[*bad]));
      return Error{"invalid-utf8", "invalid UTF-8 in a catalog whose charset is " + charset, hex,
                   location_of_offset(data, *bad, file_name)};
    }
    return catalog;
  }
  Result<std::string> utf8 = convert_to_utf8(data, charset, file_name);
  if (!utf8) {
    Error error = utf8.error();
    if (error.where.line == 0) error.where = charset_location(data, *catalog, file_name);
    return error;
  }
  catalog = parse_checked(*utf8, file_name, true);
  if (catalog) declare_utf8(*catalog);
  return catalog;
}

Result<Catalog> read_po_file(FileSystem& fs, const std::string& path) {
  Result<std::string> data = fs.read(path);
  if (!data) return data.error();
  return read_po(*data, path);
}

}  // namespace xloc
