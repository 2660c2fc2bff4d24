#include "catalog/po_reader.h"

#include <gtest/gtest.h>

#include "base/file_system.h"

namespace xloc {
namespace {

Catalog read_ok(std::string_view text) {
  Result<Catalog> catalog = read_po(text, "t.po");
  EXPECT_TRUE(catalog.ok()) << catalog.error().to_string();
  return catalog.ok() ? std::move(catalog).value() : Catalog{};
}

TEST(PoReader, ReadsHeaderAndSimpleMessage) {
  const Catalog c = read_ok(
      "# Translator comment\n"
      "msgid \"\"\n"
      "msgstr \"\"\n"
      "\"Language: de\\n\"\n"
      "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
      "\n"
      "msgid \"Knee\"\n"
      "msgstr \"Knie\"\n");
  EXPECT_EQ(c.path, "t.po");
  ASSERT_EQ(c.messages.size(), 2u);
  EXPECT_TRUE(c.messages[0].is_header());
  EXPECT_EQ(c.messages[0].translator_comments, std::vector<std::string>{"Translator comment"});
  EXPECT_EQ(c.messages[0].msgstr[0], "Language: de\nContent-Type: text/plain; charset=UTF-8\n");
  EXPECT_EQ(c.header().language(), "de");
  EXPECT_EQ(c.messages[1].msgid, "Knee");
  EXPECT_EQ(c.messages[1].msgstr, std::vector<std::string>{"Knie"});
}

TEST(PoReader, ReadsEveryCommentKind) {
  const Catalog c = read_ok(
      "#  two spaces kept but one\n"
      "#\n"
      "#. extracted\n"
      "#.no space\n"
      "#: a.xml:12 b.xml:3\n"
      "#: c.page\n"
      "#, fuzzy, c-format\n"
      "#, ignore-numbers no-wrap\n"
      "#| msgctxt \"old ctx\"\n"
      "#| msgid \"old \"\n"
      "#| \"id\"\n"
      "#| msgid_plural \"old ids\"\n"
      "msgid \"a\"\n"
      "msgid_plural \"as\"\n"
      "msgstr[0] \"x\"\n"
      "msgstr[1] \"y\"\n");
  ASSERT_EQ(c.messages.size(), 1u);
  const Message& m = c.messages[0];
  EXPECT_EQ(m.translator_comments, (std::vector<std::string>{" two spaces kept but one", ""}));
  EXPECT_EQ(m.extracted_comments, (std::vector<std::string>{"extracted", "no space"}));
  EXPECT_EQ(m.references, (std::vector<std::string>{"a.xml:12", "b.xml:3", "c.page"}));
  EXPECT_EQ(m.flags, (std::vector<std::string>{"fuzzy", "c-format", "ignore-numbers", "no-wrap"}));
  EXPECT_EQ(m.previous_msgctxt, "old ctx");
  EXPECT_EQ(m.previous_msgid, "old id");
  EXPECT_EQ(m.previous_msgid_plural, "old ids");
  EXPECT_EQ(m.msgid_plural, "as");
  EXPECT_EQ(m.msgstr, (std::vector<std::string>{"x", "y"}));
  EXPECT_FALSE(m.obsolete);
}

TEST(PoReader, ReadsContextAndObsoleteEntries) {
  const Catalog c = read_ok(
      "msgctxt \"menu\"\n"
      "msgid \"Open\"\n"
      "msgstr \"Öffnen\"\n"
      "\n"
      "#, fuzzy\n"
      "#~| msgid \"Olde\"\n"
      "#~ msgctxt \"menu\"\n"
      "#~ msgid \"Old\"\n"
      "#~ msgstr \"\"\n"
      "#~ \"Alt\"\n");
  ASSERT_EQ(c.messages.size(), 2u);
  EXPECT_EQ(c.messages[0].msgctxt, "menu");
  const Message& old = c.messages[1];
  EXPECT_TRUE(old.obsolete);
  EXPECT_EQ(old.msgctxt, "menu");
  EXPECT_EQ(old.msgid, "Old");
  EXPECT_EQ(old.msgstr[0], "Alt");
  EXPECT_EQ(old.previous_msgid, "Olde");
  EXPECT_EQ(old.flags, std::vector<std::string>{"fuzzy"});
}

TEST(PoReader, DecodesEscapes) {
  const Catalog c = read_ok(R"(msgid "a\n\t\b\r\f\v\a\\\"z"
msgstr "\101\60\0x\x41\x4a\x4Ag"
)");
  ASSERT_EQ(c.messages.size(), 1u);
  EXPECT_EQ(c.messages[0].msgid, "a\n\t\b\r\f\v\a\\\"z");
  EXPECT_EQ(c.messages[0].msgstr[0], std::string("A0\0xAJJg", 8));
}

TEST(PoReader, JoinsStringsOnOneOrManyLines) {
  const Catalog c = read_ok("msgid \"a\" \"b\"\n  \"c\"\nmsgstr\n\"d\"\n");
  ASSERT_EQ(c.messages.size(), 1u);
  EXPECT_EQ(c.messages[0].msgid, "abc");
  EXPECT_EQ(c.messages[0].msgstr[0], "d");
}

TEST(PoReader, AcceptsCrlfAndBom) {
  const Catalog c = read_ok("\xEF\xBB\xBF#. note\r\nmsgid \"a\"\r\nmsgstr \"b\"\r\n\r\n#~ msgid \"c\"\r\n#~ msgstr \"d\"\r\n");
  ASSERT_EQ(c.messages.size(), 2u);
  EXPECT_EQ(c.messages[0].extracted_comments, std::vector<std::string>{"note"});
  EXPECT_EQ(c.messages[0].msgstr[0], "b");
  EXPECT_EQ(c.messages[0].location, (SourceLocation{"t.po", 1, 1}));  // the BOM is not a column
  EXPECT_EQ(c.messages[1].msgstr[0], "d");
}

TEST(PoReader, RecordsLocations) {
  const Catalog c = read_ok(
      "msgid \"\"\n"
      "msgstr \"\"\n"
      "\n"
      "# comment\n"
      "msgid \"a\"\n"
      "  msgstr \"b\"\n"
      "\n"
      "msgctxt \"c\"\n"
      "msgid \"a\"\n"
      "msgid_plural \"as\"\n"
      "msgstr[0] \"x\"\n"
      "msgstr[1] \"y\"\n");
  ASSERT_EQ(c.messages.size(), 3u);
  EXPECT_EQ(c.messages[0].location, (SourceLocation{"t.po", 1, 1}));
  EXPECT_EQ(c.messages[1].location, (SourceLocation{"t.po", 4, 1}));
  EXPECT_EQ(c.messages[1].msgid_location, (SourceLocation{"t.po", 5, 1}));
  EXPECT_EQ(c.messages[1].msgstr_location, (SourceLocation{"t.po", 6, 3}));
  EXPECT_EQ(c.messages[2].location, (SourceLocation{"t.po", 8, 1}));
  EXPECT_EQ(c.messages[2].msgid_location, (SourceLocation{"t.po", 9, 1}));
  EXPECT_EQ(c.messages[2].msgstr_location, (SourceLocation{"t.po", 11, 1}));
}

TEST(PoReader, ReadsEmptyInputAsEmptyCatalog) {
  EXPECT_TRUE(read_ok("").messages.empty());
  EXPECT_TRUE(read_ok("# only a comment\n\n").messages.empty());
}

TEST(PoReader, ReadsThroughAFileSystem) {
  MemoryFileSystem fs;
  fs.add("po/de.po", "msgid \"a\"\nmsgstr \"b\"\n");
  Result<Catalog> c = read_po_file(fs, "po/de.po");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->path, "po/de.po");
  EXPECT_EQ(c->messages[0].msgid_location.to_string(), "po/de.po:1:1");
  Result<Catalog> missing = read_po_file(fs, "po/fr.po");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, "unreadable-file");
}

}  // namespace
}  // namespace xloc
