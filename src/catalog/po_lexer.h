// Exports PoLexer: splits the bytes of a PO file into tokens (comments,
// keywords, quoted strings) with their 1-based line and byte column, and
// decode_po_string(), which expands a string token's C escapes.
//
// One linear pass over a buffer the caller keeps alive; tokens are views
// into it. The lexer knows gettext's line prefixes: "#~" marks the rest of
// the line as obsolete, "#|" (or "#~|") as the previous msgid. A BOM is
// skipped, "\r\n" is a line end.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/error.h"

namespace xloc {

enum class PoTokenKind {
  kEnd,
  kComment,      // "#..." to end of line; text is what follows '#'
  kMsgctxt,
  kMsgid,
  kMsgidPlural,
  kMsgstr,       // "msgstr" or "msgstr[N]"; index is -1 or N
  kDomain,       // "domain": the messages after it belong to the domain named by its string
  kString,       // text is the raw content between the quotes
  kError,
};

struct PoToken {
  PoTokenKind kind = PoTokenKind::kEnd;
  std::string_view text;
  int line = 0;
  int column = 0;
  int index = -1;         // kMsgstr only: N of "msgstr[N]", -1 for "msgstr"
  bool obsolete = false;  // on a "#~" line
  bool previous = false;  // on a "#|" or "#~|" line
  bool has_escape = false;  // kString only: text contains a backslash
};

class PoLexer {
 public:
  PoLexer(std::string_view data, std::string_view file_name);

  // The next token. After a kError token, error() says what went wrong.
  PoToken next();
  const Error& error() const { return error_; }
  size_t size() const { return data_.size(); }

 private:
  PoToken fail(std::string code, std::string message, std::string fragment, int line, int column);
  void new_line(size_t next_line_start);

  std::string_view data_;
  std::string_view file_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
  bool obsolete_ = false;  // the current line started with "#~"
  bool previous_ = false;  // the current line started with "#|" or "#~|"
  Error error_;
};

// Appends the decoded content of a kString token to `out`. Escapes are
// gettext's: \n \t \b \r \f \v \a \\ \" , octal \ooo (1-3 digits) and hex
// \xH... (1 or more digits). Anything else after a backslash (\', \?, \u...)
// is an Error located at the backslash, as in gettext.
Status decode_po_string(const PoToken& token, std::string_view file_name, std::string& out);

}  // namespace xloc
