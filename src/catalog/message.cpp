#include "catalog/message.h"

#include <algorithm>
#include <functional>

namespace xloc {

bool Message::has_flag(std::string_view flag) const {
  return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

void Message::add_flag(std::string_view flag) {
  if (has_flag(flag)) return;
  // gettext writes "fuzzy" before every other flag.
  if (flag == "fuzzy")
    flags.insert(flags.begin(), std::string(flag));
  else
    flags.emplace_back(flag);
}

void Message::remove_flag(std::string_view flag) {
  flags.erase(std::remove(flags.begin(), flags.end(), flag), flags.end());
}

bool Message::is_translated() const {
  if (is_fuzzy() || msgstr.empty()) return false;
  return std::all_of(msgstr.begin(), msgstr.end(), [](const std::string& s) { return !s.empty(); });
}

bool Message::is_untranslated() const {
  return std::all_of(msgstr.begin(), msgstr.end(), [](const std::string& s) { return s.empty(); });
}

bool Message::operator==(const Message& o) const {
  return msgctxt == o.msgctxt && msgid == o.msgid && msgid_plural == o.msgid_plural &&
         msgstr == o.msgstr && translator_comments == o.translator_comments &&
         extracted_comments == o.extracted_comments && references == o.references &&
         flags == o.flags && previous_msgctxt == o.previous_msgctxt &&
         previous_msgid == o.previous_msgid && previous_msgid_plural == o.previous_msgid_plural &&
         obsolete == o.obsolete && domain == o.domain;
}

size_t MessageKeyHash::operator()(const MessageKey& key) const {
  const size_t h = std::hash<std::string>{}(key.msgid);
  if (!key.msgctxt) return h;
  return h ^ (std::hash<std::string>{}(*key.msgctxt) * 0x9E3779B97F4A7C15ULL + 1);
}

}  // namespace xloc
