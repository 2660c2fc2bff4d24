// Tests apply_layout() (the orders are msgmerge 0.21's for the same entries)
// and the writer's LocationStyle.
#include "catalog/catalog_layout.h"

#include <gtest/gtest.h>

#include "catalog/po_writer.h"

namespace xloc {
namespace {

Message entry(std::string id, std::vector<std::string> refs, std::optional<std::string> ctxt = std::nullopt) {
  Message m;
  m.msgid = std::move(id);
  m.msgctxt = std::move(ctxt);
  m.references = std::move(refs);
  return m;
}

LayoutOptions sorted_by(SortOrder order) {
  LayoutOptions o;
  o.sort = order;
  return o;
}

PoWriteOptions with_locations(LocationStyle style) {
  PoWriteOptions o;
  o.locations = style;
  return o;
}

Catalog sample() {
  Catalog c;
  c.messages.push_back(Message{});  // header
  c.messages.push_back(entry("Zebra", {"b.c:10", "a.c:5", "b.c:3"}));
  c.messages.push_back(entry("Apple", {"a.c:20"}, "x"));
  c.messages.push_back(entry("Apple", {}));
  c.messages.push_back(entry("Mango", {"a.c:2"}));
  c.messages.push_back(entry("Banana", {"a.c:2", "a.c:7"}));
  Message old = entry("Old", {});
  old.obsolete = true;
  c.messages.insert(c.messages.begin() + 2, old);
  return c;
}

std::vector<std::string> ids(const Catalog& c) {
  std::vector<std::string> out;
  for (const Message& m : c.messages) out.push_back((m.msgctxt ? *m.msgctxt + "|" : "") + m.msgid);
  return out;
}

TEST(CatalogLayout, SortOutput) {
  Catalog c = sample();
  apply_layout(c, sorted_by(SortOrder::kByMsgid));
  EXPECT_EQ(ids(c), (std::vector<std::string>{"", "Apple", "x|Apple", "Banana", "Mango", "Zebra", "Old"}));
}

TEST(CatalogLayout, SortByFile) {
  Catalog c = sample();
  apply_layout(c, sorted_by(SortOrder::kByFile));
  EXPECT_EQ(ids(c), (std::vector<std::string>{"", "Apple", "Banana", "Mango", "Zebra", "x|Apple", "Old"}));
  EXPECT_EQ(c.messages[4].references, (std::vector<std::string>{"a.c:5", "b.c:3", "b.c:10"}));
}

TEST(CatalogLayout, ForMsgfmt) {
  Catalog c;
  Message header;
  header.translator_comments = {"header comment"};
  header.flags = {"fuzzy"};
  header.msgstr = {"Content-Type: text/plain; charset=UTF-8\n"};
  c.messages.push_back(header);
  Message kept = entry("Mango %s", {"a.c:1"});
  kept.msgstr = {"Mango! %s"};
  kept.translator_comments = {"tc"};
  kept.extracted_comments = {"ec"};
  kept.flags = {"c-format"};
  kept.previous_msgid = "x";
  c.messages.push_back(kept);
  Message fuzzy = entry("Fuzzy", {});
  fuzzy.msgstr = {"F"};
  fuzzy.flags = {"fuzzy"};
  c.messages.push_back(fuzzy);
  c.messages.push_back(entry("Untranslated", {}));
  Message partial = entry("one", {});
  partial.msgid_plural = "many";
  partial.msgstr = {"eins", ""};
  c.messages.push_back(partial);
  Message old = kept;
  old.msgid = "Old";
  old.obsolete = true;
  c.messages.push_back(old);
  LayoutOptions for_msgfmt;
  for_msgfmt.for_msgfmt = true;
  apply_layout(c, for_msgfmt);
  EXPECT_EQ(write_po(c),
            "#, fuzzy\nmsgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
            "#. ec\n#, c-format\nmsgid \"Mango %s\"\nmsgstr \"Mango! %s\"\n\n"
            "msgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"eins\"\nmsgstr[1] \"\"\n");
}

TEST(PoWriterLocations, FileAndNever) {
  Catalog c;
  c.messages.push_back(entry("Zebra", {"b.c:10", "a.c:5", "b.c:3", "README"}));
  EXPECT_EQ(write_po(c, with_locations(LocationStyle::kFile)), "#: b.c a.c README\nmsgid \"Zebra\"\nmsgstr \"\"\n");
  EXPECT_EQ(write_po(c, with_locations(LocationStyle::kNever)), "msgid \"Zebra\"\nmsgstr \"\"\n");
}

}  // namespace
}  // namespace xloc
