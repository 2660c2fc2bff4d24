#include "catalog/po_writer.h"

#include <gtest/gtest.h>

#include "catalog/po_reader.h"

namespace xloc {
namespace {

Message message(std::string msgid, std::string msgstr) {
  Message m;
  m.msgid = std::move(msgid);
  m.msgstr = {std::move(msgstr)};
  return m;
}

std::string write_one(const Message& m, const PoWriteOptions& options = {}) {
  Catalog c;
  c.messages.push_back(m);
  return write_po(c, options);
}

// Reading what the writer wrote gives the same catalog, and writing that
// again gives the same bytes.
void expect_round_trip(const std::string& text, const PoWriteOptions& options = {}) {
  Result<Catalog> c = read_po(text, "t.po");
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  EXPECT_EQ(write_po(*c, options), text);
}

TEST(PoWriter, WritesHeaderOneLinePerNewline) {
  Message header = message("", "Project-Id-Version: knee\nLanguage: de\n");
  header.translator_comments = {"German translation.", ""};
  header.flags = {"fuzzy"};
  EXPECT_EQ(write_one(header),
            "# German translation.\n"
            "#\n"
            "#, fuzzy\n"
            "msgid \"\"\n"
            "msgstr \"\"\n"
            "\"Project-Id-Version: knee\\n\"\n"
            "\"Language: de\\n\"\n");
}

TEST(PoWriter, WritesCommentsInGettextOrder) {
  Message m = message("Knee", "Knie");
  m.flags = {"fuzzy", "c-format", "ignore-numbers"};
  m.references = {"a.xml:1", "b.xml:2"};
  m.extracted_comments = {"note"};
  m.translator_comments = {"mine"};
  m.previous_msgid = "Kne";
  m.msgctxt = "body";
  EXPECT_EQ(write_one(m),
            "# mine\n"
            "#. note\n"
            "#: a.xml:1 b.xml:2\n"
            "#, fuzzy, c-format, ignore-numbers\n"
            "#| msgid \"Kne\"\n"
            "msgctxt \"body\"\n"
            "msgid \"Knee\"\n"
            "msgstr \"Knie\"\n");
}

TEST(PoWriter, WritesPluralsAndObsoleteLast) {
  Catalog c;
  Message old = message("Old", "Alt");
  old.obsolete = true;
  old.previous_msgid = "Olde";
  c.messages.push_back(old);
  Message plural = message("file", "Datei");
  plural.msgid_plural = "files";
  plural.msgstr.push_back("Dateien");
  c.messages.push_back(plural);
  EXPECT_EQ(write_po(c),
            "msgid \"file\"\n"
            "msgid_plural \"files\"\n"
            "msgstr[0] \"Datei\"\n"
            "msgstr[1] \"Dateien\"\n"
            "\n"
            "#~| msgid \"Olde\"\n"
            "#~ msgid \"Old\"\n"
            "#~ msgstr \"Alt\"\n");
}

TEST(PoWriter, EscapesControlCharactersQuotesAndBackslashes) {
  EXPECT_EQ(write_one(message("a\tb\"c\\d\a\b\f\v\re", "\x01")),
            "msgid \"a\\tb\\\"c\\\\d\\a\\b\\f\\v\\re\"\n"
            "msgstr \"\x01\"\n");
}

TEST(PoWriter, WrapsAt79ColumnsAfterSpaces) {
  const std::string text =
      "The knee is the largest joint in the body; cartilage covers the ends of the bones "
      "where they meet.";
  EXPECT_EQ(write_one(message(text, "")),
            "msgid \"\"\n"
            "\"The knee is the largest joint in the body; cartilage covers the ends of the \"\n"
            "\"bones where they meet.\"\n"
            "msgstr \"\"\n");
  PoWriteOptions no_wrap;
  no_wrap.wrap = false;
  EXPECT_EQ(write_one(message(text, ""), no_wrap), "msgid \"" + text + "\"\nmsgstr \"\"\n");
}

TEST(PoWriter, SplitsAfterNewlinesEvenWithoutWrapping) {
  PoWriteOptions no_wrap;
  no_wrap.wrap = false;
  EXPECT_EQ(write_one(message("one\ntwo", "eins\n"), no_wrap),
            "msgid \"\"\n"
            "\"one\\n\"\n"
            "\"two\"\n"
            "msgstr \"eins\\n\"\n");
}

TEST(PoWriter, CountsWideCharactersAsTwoColumns) {
  // 36 ideographs = 72 columns: with `msgstr "` (8) and the closing quote
  // that is 81 > 79, so the string moves to its own lines and is broken
  // between ideographs.
  std::string wide;
  for (int i = 0; i < 36; ++i) wide += "軟";
  EXPECT_EQ(write_one(message("x", wide)), "msgid \"x\"\nmsgstr \"\"\n\"" + wide + "\"\n");
  std::string longer = wide + "軟軟軟";  // 39 ideographs = 78 columns
  EXPECT_EQ(write_one(message("x", longer)),
            "msgid \"x\"\nmsgstr \"\"\n\"" + wide + "軟軟\"\n\"軟\"\n");
}

TEST(PoWriter, WrapsLongReferencesButNotFlags) {
  Message m = message("a", "b");
  for (int i = 0; i < 8; ++i) m.references.push_back("gnome-help/C/page-" + std::to_string(i) + ".page:1");
  EXPECT_EQ(write_one(m),
            "#: gnome-help/C/page-0.page:1 gnome-help/C/page-1.page:1\n"
            "#: gnome-help/C/page-2.page:1 gnome-help/C/page-3.page:1\n"
            "#: gnome-help/C/page-4.page:1 gnome-help/C/page-5.page:1\n"
            "#: gnome-help/C/page-6.page:1 gnome-help/C/page-7.page:1\n"
            "msgid \"a\"\n"
            "msgstr \"b\"\n");
}

TEST(PoWriter, HonoursTheNoWrapFlag) {
  Message m = message(std::string(100, 'x') + " " + std::string(10, 'y'), "");
  m.flags = {"no-wrap"};
  EXPECT_EQ(write_one(m), "#, no-wrap\nmsgid \"" + m.msgid + "\"\nmsgstr \"\"\n");
}

TEST(PoWriter, RoundTripsHandMadeCatalog) {
  expect_round_trip(
      "# SOME DESCRIPTIVE TITLE.\n"
      "#\n"
      "#, fuzzy\n"
      "msgid \"\"\n"
      "msgstr \"\"\n"
      "\"Project-Id-Version: knee\\n\"\n"
      "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
      "\n"
      "#. (itstool) path: page/title\n"
      "#: C/knee.page:12\n"
      "msgctxt \"title\"\n"
      "msgid \"Knee \\\"pain\\\"\"\n"
      "msgstr \"Knieschmerzen\"\n"
      "\n"
      "#, fuzzy\n"
      "#| msgid \"\"\n"
      "#| \"A very long previous message id that is certainly going to wrap around \"\n"
      "#| \"the end.\"\n"
      "msgid \"\"\n"
      "\"A very long message id that is certainly going to wrap around the end of the \"\n"
      "\"line.\"\n"
      "msgstr \"\"\n"
      "\n"
      "#~ msgid \"gone\"\n"
      "#~ msgstr \"\"\n"
      "#~ \"weg\\n\"\n"
      "#~ \"ganz\"\n");
}

}  // namespace
}  // namespace xloc
