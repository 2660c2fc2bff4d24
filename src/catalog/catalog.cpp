#include "catalog/catalog.h"

namespace xloc {

const Message* Catalog::header_entry() const {
  if (!messages.empty() && messages.front().is_header()) return &messages.front();
  return nullptr;
}

Message* Catalog::header_entry() {
  if (!messages.empty() && messages.front().is_header()) return &messages.front();
  return nullptr;
}

Header Catalog::header() const {
  const Message* h = header_entry();
  return h ? Header::parse(h->msgstr.empty() ? std::string() : h->msgstr[0]) : Header();
}

void Catalog::set_header(const Header& h) {
  Message* entry = header_entry();
  if (!entry) {
    messages.insert(messages.begin(), Message{});
    entry = &messages.front();
  }
  entry->msgstr.assign(1, h.to_msgstr());
}

std::optional<size_t> Catalog::find(const MessageKey& key, bool include_obsolete) const {
  for (size_t i = 0; i < messages.size(); ++i) {
    const Message& m = messages[i];
    if ((include_obsolete || !m.obsolete) && m.msgid == key.msgid && m.msgctxt == key.msgctxt) return i;
  }
  return std::nullopt;
}

size_t Catalog::live_count() const {
  size_t n = 0;
  for (const Message& m : messages) n += !m.obsolete && !m.is_header();
  return n;
}

CatalogIndex::CatalogIndex(const Catalog& catalog, bool include_obsolete) {
  map_.reserve(catalog.messages.size());
  for (size_t i = 0; i < catalog.messages.size(); ++i) {
    const Message& m = catalog.messages[i];
    if (include_obsolete || !m.obsolete) map_.emplace(MessageKey::of(m), i);
  }
}

std::optional<size_t> CatalogIndex::find(const MessageKey& key) const {
  auto it = map_.find(key);
  if (it == map_.end()) return std::nullopt;
  return it->second;
}

}  // namespace xloc
