// Malformed PO input: each case pins the whole error text, file:line:column
// included.
#include <gtest/gtest.h>

#include "catalog/po_reader.h"
#include "catalog/po_writer.h"
#include "unit/catalog/po_malformed_cases.h"

namespace xloc {
namespace {

TEST(PoReaderErrors, ReportsExactLocationAndMessage) {
  for (const auto& c : test::malformed_po_cases()) {
    Result<Catalog> catalog = read_po(c.input, "bad.po");
    ASSERT_FALSE(catalog.ok()) << c.name;
    EXPECT_EQ(catalog.error().to_string(), c.error) << c.name;
  }
}

TEST(PoReaderErrors, UnknownCharsetIsAnError) {
  Result<Catalog> catalog =
      read_po("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=NO-SUCH-CHARSET\\n\"\n", "x.po");
  ASSERT_FALSE(catalog.ok());
  EXPECT_EQ(catalog.error().to_string(),
            "x.po:2:43: error: the header declares a charset ICU does not know near 'NO-SUCH-CHARSET'");
}

// Found by fuzzing: ICU's alias lookup skips bytes that are not letters or
// digits, so this name opened ISO-8859-1, and the converted header then
// named a different charset (the fuzz regression po_reader/charset-name-*).
TEST(PoReaderErrors, ACharsetNameWithNonAsciiBytesIsUnknown) {
  Result<Catalog> catalog =
      read_po("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-\x8A" "1\\n\"\n", "x.po");
  ASSERT_FALSE(catalog.ok());
  EXPECT_EQ(catalog.error().code, "unknown-charset");
  EXPECT_EQ(catalog.error().where.line, 2);
}

// gettext only warns ("invalid multibyte sequence") and goes on; xloc
// refuses, because every stage after the reader relies on UTF-8 strings.
TEST(PoReaderErrors, EscapesThatMakeInvalidUtf8AreErrors) {
  const std::string header = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";
  Result<Catalog> bad = read_po(header + "msgid \"a\"\nmsgstr \"caf\" \"\\xe9\"\n", "e.po");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().to_string(), "e.po:5:14: error: escape sequences in this entry make invalid UTF-8");
  Result<Catalog> previous = read_po("#| msgid \"\\377\"\nmsgid \"a\"\nmsgstr \"\"\n", "e.po");
  ASSERT_FALSE(previous.ok());
  EXPECT_EQ(previous.error().to_string(), "e.po:1:10: error: escape sequences in this entry make invalid UTF-8");
  // A character spelled as escapes, even split over two strings, is fine.
  Result<Catalog> good = read_po(header + "msgid \"a\"\nmsgstr \"caf\\303\" \"\\251\"\n", "e.po");
  ASSERT_TRUE(good.ok()) << good.error().to_string();
  EXPECT_EQ(good->messages[1].msgstr[0], "café");
}

struct CharsetCase {
  const char* charset;
  std::string encoded;  // "msgstr" text in that charset
  std::string utf8;
};

TEST(PoReader, ConvertsDeclaredCharsetsToUtf8) {
  const CharsetCase cases[] = {
      {"ISO-8859-1", "Kn\xEF" "e caf\xE9", "Knïe café"},
      {"KOI8-R", "\xEB\xCF\xCC\xC5\xCE\xCF", "Колено"},
      {"EUC-JP", "\xC9\xA8", "膝"},
      {"windows-1252", "\x93quoted\x94", "“quoted”"},
  };
  for (const auto& c : cases) {
    const std::string text = std::string("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=") + c.charset +
                             "\\n\"\n\"Language: xx\\n\"\n\nmsgid \"knee\"\nmsgstr \"" + c.encoded + "\"\n";
    Result<Catalog> catalog = read_po(text, "l.po");
    ASSERT_TRUE(catalog.ok()) << c.charset << ": " << catalog.error().to_string();
    ASSERT_EQ(catalog->messages.size(), 2u);
    EXPECT_EQ(catalog->messages[1].msgstr[0], c.utf8) << c.charset;
    EXPECT_EQ(catalog->messages[0].msgstr[0], "Content-Type: text/plain; charset=UTF-8\nLanguage: xx\n") << c.charset;
    EXPECT_EQ(catalog->messages[1].msgstr_location.to_string(), "l.po:7:1");
  }
}

// Found by fuzzing (regression po_reader/content-type-field-in-other-case.po):
// header field names are case-insensitive, so "Content-TypE" declares the
// charset too, and must be rewritten to UTF-8 after conversion, or reading
// the written catalog converts it a second time.
TEST(PoReader, AConvertedCatalogDeclaresUtf8WhateverTheFieldNamesCase) {
  const std::string text =
      "msgid \"\"\nmsgstr \"\"\n\"content-TYPE: text/plain; charset=ISO-88-59-1\\n\"\n\nmsgid \"a\"\nmsgstr \"\xE4\"\n";
  Result<Catalog> first = read_po(text, "l.po");
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  EXPECT_EQ(first->messages[0].msgstr[0], "content-TYPE: text/plain; charset=UTF-8\n");
  Result<Catalog> again = read_po(write_po(*first), "l.po");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->messages[1].msgstr[0], "ä");
}

}  // namespace
}  // namespace xloc
