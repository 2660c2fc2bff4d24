#include "property/random_catalog.h"

#include <algorithm>
#include <array>
#include <set>

namespace xloc::test {
namespace {

constexpr std::array<const char*, 12> kAscii{"file", "open", "the", "Knee", "pain", "%d", "%s", "a",
                                             "exercise", "{name}", "http://example.org/x", "x-y_z"};
constexpr std::array<const char*, 8> kOther{"Größe", "тест", "日本語", "中文字符", "عربي", "Ελληνικά", "한국어", "ñ"};
constexpr std::array<const char*, 9> kPunct{" ", " ", " ", ", ", ". ", "\t", "\"", "\\", "…"};

}  // namespace

std::string RandomText::word() {
  return chance(70) ? kAscii[below(kAscii.size())] : kOther[below(kOther.size())];
}

std::string RandomText::text() {
  std::string out = word();
  const size_t words = chance(15) ? 20 + below(60) : below(8);
  for (size_t i = 0; i < words; ++i) {
    if (chance(8)) out += "\n";
    else out += kPunct[below(kPunct.size())];
    out += word();
  }
  if (chance(15)) out += "\n";
  if (chance(3)) out += std::string(100 + below(120), 'x');  // a line longer than the page
  return out;
}

std::string RandomText::comment() {
  std::string out = word();
  for (size_t n = below(6); n > 0; --n) out += " " + word();
  return out;
}

Catalog random_catalog(RandomText& r, const CatalogShape& shape) {
  Catalog c;
  Message header;
  header.msgstr = {"Project-Id-Version: random 1\nLanguage: xx\nMIME-Version: 1.0\n"
                   "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n"
                   "Plural-Forms: nplurals=" + std::to_string(shape.nplurals) +
                   "; plural=n != 1;\n"};
  if (shape.is_template) header.flags = {"fuzzy"};
  c.messages.push_back(header);
  std::set<std::pair<std::string, std::string>> keys;  // (msgctxt or "\x01", msgid)
  while (c.messages.size() < shape.messages + 1) {
    Message m;
    if (r.chance(20)) m.msgctxt = r.chance(10) ? std::string() : r.word();
    m.msgid = r.text();
    if (!keys.insert({m.msgctxt.value_or("\x01"), m.msgid}).second) continue;
    const bool plural = r.chance(15);
    if (plural) m.msgid_plural = r.text();
    m.msgstr.assign(plural ? shape.nplurals : 1, std::string());
    if (!shape.is_template && !r.chance(20))
      for (std::string& s : m.msgstr) s = r.text();
    if (r.chance(30)) m.translator_comments.push_back(r.comment());
    if (r.chance(30)) m.extracted_comments.push_back(r.comment());
    if (r.chance(50)) m.references = {"doc.xml:" + std::to_string(1 + r.below(999)), "b/c.xml:2"};
    if (r.chance(20)) m.flags.push_back("c-format");
    if (!shape.is_template && r.chance(15)) {
      m.add_flag("fuzzy");
      if (r.chance(50)) m.previous_msgid = r.text();
    }
    if (!shape.is_template && r.chance(10)) m.obsolete = true;
    c.messages.push_back(std::move(m));
  }
  // Live entries first, obsolete ones after them, as catalogs are written.
  std::stable_partition(c.messages.begin(), c.messages.end(), [](const Message& m) { return !m.obsolete; });
  return c;
}

}  // namespace xloc::test
