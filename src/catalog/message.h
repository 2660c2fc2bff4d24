// Exports Message: one entry of a PO/POT catalog, as GNU gettext models it.
//
// A plain copyable value. The header entry is a Message too (empty msgid,
// no msgctxt). Comment texts are stored without their marker and without
// the single space that conventionally follows it ("#. note" -> "note").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_location.h"

namespace xloc {

struct Message {
  std::optional<std::string> msgctxt;
  std::string msgid;
  std::optional<std::string> msgid_plural;
  // One string for a singular message; msgstr[0..n-1] for a plural one.
  std::vector<std::string> msgstr{std::string()};

  std::vector<std::string> translator_comments;  // "# ..."
  std::vector<std::string> extracted_comments;   // "#. ..."
  std::vector<std::string> references;           // "#: a.xml:12 b.xml:3" -> {"a.xml:12", "b.xml:3"}
  std::vector<std::string> flags;                // "#, fuzzy, c-format" -> {"fuzzy", "c-format"}

  // "#| msgctxt/msgid/msgid_plural": what the message was before a fuzzy merge.
  std::optional<std::string> previous_msgctxt;
  std::optional<std::string> previous_msgid;
  std::optional<std::string> previous_msgid_plural;

  bool obsolete = false;  // written with "#~"

  // The gettext domain, from the `domain "name"` line above the entry; ""
  // is the default domain ("messages"). A file holds one key once per domain.
  std::string domain;

  // Where the entry starts in its file (its first comment line, or its
  // first keyword if it has no comments), and where msgid/msgstr are.
  SourceLocation location;
  SourceLocation msgid_location;
  SourceLocation msgstr_location;

  bool is_header() const { return msgid.empty() && !msgctxt && !obsolete; }
  bool is_plural() const { return msgid_plural.has_value(); }

  bool has_flag(std::string_view flag) const;
  void add_flag(std::string_view flag);  // no-op if present; "fuzzy" goes first
  void remove_flag(std::string_view flag);
  bool is_fuzzy() const { return has_flag("fuzzy"); }

  // Every msgstr is non-empty and the message is not fuzzy.
  bool is_translated() const;
  // Every msgstr is empty.
  bool is_untranslated() const;

  // Locations are metadata, not content: two messages read from different
  // files compare equal if everything else does.
  bool operator==(const Message& other) const;
};

// The key a catalog is indexed by: gettext's (msgctxt, msgid) identity.
struct MessageKey {
  std::optional<std::string> msgctxt;
  std::string msgid;

  static MessageKey of(const Message& m) { return {m.msgctxt, m.msgid}; }
  friend bool operator==(const MessageKey&, const MessageKey&) = default;
};

struct MessageKeyHash {
  size_t operator()(const MessageKey& key) const;
};

}  // namespace xloc
