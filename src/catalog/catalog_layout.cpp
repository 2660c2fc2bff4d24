// apply_layout(): filters, then sorts with the comparators msgcat documents.
#include "catalog/catalog_layout.h"

#include <algorithm>
#include <charconv>
#include <string_view>
#include <vector>

namespace xloc {
namespace {

bool by_msgid(const Message& a, const Message& b) {
  if (int c = a.msgid.compare(b.msgid); c != 0) return c < 0;
  if (!a.msgctxt || !b.msgctxt) return !a.msgctxt && b.msgctxt;
  return *a.msgctxt < *b.msgctxt;
}

struct Position {
  std::string_view file;
  unsigned long line = 0;
};

// "dir/a.c:12" -> {"dir/a.c", 12}; without a line number, line 0.
Position position_of(std::string_view ref) {
  const size_t colon = ref.rfind(':');
  if (colon == std::string_view::npos) return {ref, 0};
  unsigned long line = 0;
  const char* end = ref.data() + ref.size();
  auto [p, ec] = std::from_chars(ref.data() + colon + 1, end, line);
  if (ec != std::errc() || p != end) return {ref, 0};
  return {ref.substr(0, colon), line};
}

bool position_less(std::string_view a, std::string_view b) {
  const Position pa = position_of(a), pb = position_of(b);
  if (int c = pa.file.compare(pb.file); c != 0) return c < 0;
  return pa.line < pb.line;
}

bool by_file(const Message& a, const Message& b) {
  if (a.references.empty() || b.references.empty()) {
    if (a.references.empty() != b.references.empty()) return a.references.empty();
  } else if (position_less(a.references[0], b.references[0]) || position_less(b.references[0], a.references[0])) {
    return position_less(a.references[0], b.references[0]);
  }
  return by_msgid(a, b);
}

bool keep_for_msgfmt(const Message& m) {
  if (m.is_header()) return true;
  return !m.obsolete && !m.is_fuzzy() && !m.is_untranslated();
}

}  // namespace

void apply_layout(Catalog& catalog, const LayoutOptions& options) {
  auto& messages = catalog.messages;
  if (options.for_msgfmt) {
    messages.erase(std::remove_if(messages.begin(), messages.end(), [](const Message& m) { return !keep_for_msgfmt(m); }),
                   messages.end());
    for (Message& m : messages) {
      m.translator_comments.clear();
      m.references.clear();
      m.previous_msgctxt.reset();
      m.previous_msgid.reset();
      m.previous_msgid_plural.reset();
    }
  }
  if (options.sort == SortOrder::kNone) return;
  if (options.sort == SortOrder::kByFile)
    for (Message& m : messages)
      std::stable_sort(m.references.begin(), m.references.end(),
                       [](const std::string& a, const std::string& b) { return position_less(a, b); });
  const auto less = options.sort == SortOrder::kByFile ? by_file : by_msgid;
  // Within each domain (ranked by first appearance, as the writer groups
  // them), live entries before obsolete ones, then the order asked for.
  std::vector<std::string_view> domains;
  std::vector<size_t> rank(messages.size()), order(messages.size());
  for (size_t i = 0; i < messages.size(); ++i) {
    auto it = std::find(domains.begin(), domains.end(), messages[i].domain);
    rank[i] = static_cast<size_t>(it - domains.begin());
    if (it == domains.end()) domains.push_back(messages[i].domain);
    order[i] = i;
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (rank[a] != rank[b]) return rank[a] < rank[b];
    if (messages[a].obsolete != messages[b].obsolete) return !messages[a].obsolete;
    return less(messages[a], messages[b]);
  });
  std::vector<Message> sorted;
  sorted.reserve(messages.size());
  for (size_t i : order) sorted.push_back(std::move(messages[i]));
  messages = std::move(sorted);
}

}  // namespace xloc
