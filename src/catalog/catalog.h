// Exports Catalog: a PO or POT file as a list of Messages in file order,
// with an index by (msgctxt, msgid). The header entry, if any, is
// messages[0]; obsolete entries stay in the list with `obsolete` set.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "catalog/header.h"
#include "catalog/message.h"

namespace xloc {

struct Catalog {
  std::string path;  // where it was read from, for diagnostics; may be empty
  std::vector<Message> messages;

  // The header entry, or nullptr if the catalog has none.
  const Message* header_entry() const;
  Message* header_entry();
  // Parsed header fields (empty Header if there is no header entry).
  Header header() const;
  // Writes `h` back into the header entry, creating one if needed.
  void set_header(const Header& h);

  // Index of the live (or, with include_obsolete, any) message with this
  // key. Linear scan: build a CatalogIndex for repeated lookups.
  std::optional<size_t> find(const MessageKey& key, bool include_obsolete = false) const;

  // Live, non-header messages.
  size_t live_count() const;

  friend bool operator==(const Catalog& a, const Catalog& b) { return a.messages == b.messages; }
};

// A hash index over a catalog's messages, for O(1) lookups by key.
// Holds indices, not pointers, so it stays valid while messages are edited
// in place (but not across insertions or removals).
class CatalogIndex {
 public:
  explicit CatalogIndex(const Catalog& catalog, bool include_obsolete = false);
  std::optional<size_t> find(const MessageKey& key) const;

 private:
  std::unordered_map<MessageKey, size_t, MessageKeyHash> map_;
};

}  // namespace xloc
