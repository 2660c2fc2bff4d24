#include "catalog/po_reader.h"

#include <cstdio>
#include <unordered_map>

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

std::string_view trim(std::string_view s) {
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
    std::string_view piece = trim(text.substr(0, comma));
    text.remove_prefix(std::min(comma + 1, text.size()));
    if (piece.substr(0, 6) == "range:") {
      flags.emplace_back(piece);
      continue;
    }
    while (!piece.empty()) {
      size_t end = 0;
      while (end < piece.size() && !is_space(piece[end])) ++end;
      flags.emplace_back(piece.substr(0, end));
      piece = trim(piece.substr(end));
    }
  }
}

void add_references(std::string_view text, std::vector<std::string>& refs) {
  text = trim(text);
  while (!text.empty()) {
    size_t end = 0;
    while (end < text.size() && !is_space(text[end])) ++end;
    refs.emplace_back(text.substr(0, end));
    text = trim(text.substr(end));
  }
}

const char* keyword_name(PoTokenKind kind) {
  switch (kind) {
    case PoTokenKind::kMsgctxt: return "msgctxt";
    case PoTokenKind::kMsgid: return "msgid";
    case PoTokenKind::kMsgidPlural: return "msgid_plural";
    case PoTokenKind::kMsgstr: return "msgstr";
    default: return "";
  }
}

std::string msgstr_name(int index) {
  return index < 0 ? std::string("msgstr") : "msgstr[" + std::to_string(index) + "]";
}

// (msgctxt, msgid) viewed in a finished catalog, for duplicate detection.
struct KeyView {
  const Message* m;
  bool operator==(const KeyView& o) const { return m->msgid == o.m->msgid && m->msgctxt == o.m->msgctxt; }
};

struct KeyViewHash {
  size_t operator()(const KeyView& k) const {
    size_t h = std::hash<std::string_view>{}(k.m->msgid);
    if (k.m->msgctxt) h ^= std::hash<std::string_view>{}(*k.m->msgctxt) * 0x9E3779B97F4A7C15ULL + 1;
    return h;
  }
};

// gettext refuses two entries with the same msgctxt and msgid, obsolete
// or not; the error points at the second one.
Status check_duplicates(const Catalog& catalog) {
  std::unordered_map<KeyView, size_t, KeyViewHash> seen;
  seen.reserve(catalog.messages.size());
  for (size_t i = 0; i < catalog.messages.size(); ++i) {
    const Message& m = catalog.messages[i];
    const auto [it, inserted] = seen.emplace(KeyView{&m}, i);
    if (!inserted) {
      return Error{"duplicate-message",
                   "duplicate message definition; the first one is at line " +
                       std::to_string(catalog.messages[it->second].msgid_location.line),
                   "", m.msgid_location};
    }
  }
  return ok_status();
}

// The grammar: turns the lexer's tokens into Messages, one entry at a time.
class PoParser {
 public:
  PoParser(std::string_view data, std::string_view file) : lexer_(data, file), file_(file) {}

  Result<Catalog> parse();

 private:
  Status on_comment(const PoToken& t);
  Status on_previous_keyword(const PoToken& t);
  Status on_keyword(const PoToken& t);
  Status on_string(const PoToken& t);
  Status finish_entry();
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

Status PoParser::on_string(const PoToken& t) {
  need_string_ = false;
  if (t.previous) {
    if (!prev_target_) return error_at(t, "stray-string", "string on a '#|' line without a keyword");
    return decode_po_string(t, file_, **prev_target_);
  }
  if (!target_) return error_at(t, "stray-string", "string without a keyword before it");
  if (t.obsolete != obsolete_)
    return error_at(t, "inconsistent-obsolete", "inconsistent use of '#~': part of the entry is obsolete, part is not");
  return decode_po_string(t, file_, *target_);
}

Status PoParser::finish_entry() {
  cur_.obsolete = obsolete_;
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

// Replaces the charset in the header's Content-Type field by UTF-8.
void declare_utf8(Catalog& catalog) {
  Message* header = catalog.header_entry();
  if (!header) return;
  std::string& text = header->msgstr[0];
  const size_t field = text.find("Content-Type:");
  if (field == std::string::npos) return;
  const size_t at = text.find("charset=", field);
  if (at == std::string::npos) return;
  const size_t start = at + 8;
  size_t end = start;
  while (end < text.size() && !is_space(text[end]) && text[end] != ';') ++end;
  text.replace(start, end - start, "UTF-8");
}

Result<Catalog> parse_checked(std::string_view data, std::string_view file_name) {
  Result<Catalog> catalog = PoParser(data, file_name).parse();
  if (!catalog) return catalog;
  if (Status s = check_duplicates(*catalog); !s) return s.error();
  return catalog;
}

}  // namespace

Result<Catalog> read_po(std::string_view data, std::string_view file_name) {
  Result<Catalog> catalog = parse_checked(data, file_name);
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
  if (!utf8) return utf8.error();
  catalog = parse_checked(*utf8, file_name);
  if (catalog) declare_utf8(*catalog);
  return catalog;
}
Result<Catalog> read_po_file(FileSystem& fs, const std::string& path) {
  Result<std::string> data = fs.read(path);
  if (!data) return data.error();
  return read_po(*data, path);
}

}  // namespace xloc
