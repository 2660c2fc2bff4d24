// Tests decode_xml() and encode_xml(): the encodings XML 1.0 appendix F
// detects (byte order mark, then the declaration, else UTF-8), decoding
// to UTF-8, and encoding back byte for byte with character references for
// what the encoding cannot hold.
#include "its/xml_encoding.h"

#include <gtest/gtest.h>

#include <string>

namespace xloc::its {
namespace {

std::string utf16le(std::string_view ascii_or_utf8_bmp) {
  // Small helper for ASCII and two-byte UTF-8 test texts.
  std::string out;
  for (size_t i = 0; i < ascii_or_utf8_bmp.size(); ++i) {
    unsigned c = static_cast<unsigned char>(ascii_or_utf8_bmp[i]);
    if (c >= 0xC0) c = ((c & 0x1F) << 6) | (static_cast<unsigned char>(ascii_or_utf8_bmp[++i]) & 0x3F);
    out += static_cast<char>(c & 0xFF);
    out += static_cast<char>(c >> 8);
  }
  return out;
}

TEST(XmlEncoding, Utf8WithoutDeclarationIsTakenAsIs) {
  auto d = decode_xml("<a>caf\xc3\xa9</a>", "a.xml");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "<a>caf\xc3\xa9</a>");
  EXPECT_TRUE(d->encoding.utf8);
  auto bom = decode_xml("\xef\xbb\xbf<?xml version='1.0' encoding='utf-8'?><a/>", "a.xml");
  ASSERT_TRUE(bom.ok());
  EXPECT_EQ(bom->text, "\xef\xbb\xbf<?xml version='1.0' encoding='utf-8'?><a/>");  // the mark stays
}

TEST(XmlEncoding, Latin1IsDecodedAndEncodedBackByteForByte) {
  const std::string bytes = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a>caf\xe9 \xbd</a>\n";
  auto d = decode_xml(bytes, "a.xml");
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  EXPECT_EQ(d->text, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a>caf\xc3\xa9 \xc2\xbd</a>\n");
  EXPECT_FALSE(d->encoding.utf8);
  EXPECT_EQ(encode_xml(d->text, d->encoding), bytes);
}

TEST(XmlEncoding, WhatTheEncodingCannotHoldBecomesACharacterReference) {
  auto d = decode_xml("<?xml version='1.0' encoding='US-ASCII'?><a>x</a>", "a.xml");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(encode_xml("<?xml version='1.0' encoding='US-ASCII'?><a>caf\xc3\xa9 \xf0\x9f\x98\x80</a>", d->encoding),
            "<?xml version='1.0' encoding='US-ASCII'?><a>caf&#xE9; &#x1F600;</a>");
  auto cp = decode_xml("<?xml version='1.0' encoding='windows-1252'?><a>\x80</a>", "a.xml");
  ASSERT_TRUE(cp.ok());
  EXPECT_EQ(cp->text, "<?xml version='1.0' encoding='windows-1252'?><a>\xe2\x82\xac</a>");  // the euro sign
  EXPECT_EQ(encode_xml("<a>\xe2\x82\xac \xd0\x96</a>", cp->encoding), "<a>\x80 &#x416;</a>");
  EXPECT_EQ(cannot_hold("ok \xe2\x82\xac \xd0\x96", cp->encoding), 7u);
  EXPECT_EQ(cannot_hold("ok \xe2\x82\xac", cp->encoding), std::string_view::npos);
}

TEST(XmlEncoding, Utf16WithByteOrderMarkRoundTrips) {
  const std::string le = "\xff\xfe" + utf16le("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>caf\xc3\xa9</a>");
  auto d = decode_xml(le, "a.xml");
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  EXPECT_EQ(d->text, "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>caf\xc3\xa9</a>");
  EXPECT_EQ(d->encoding.name, "UTF-16LE");
  EXPECT_TRUE(d->encoding.utf16_bom);
  EXPECT_EQ(encode_xml(d->text, d->encoding), le);
  std::string be = "\xfe\xff";
  for (size_t i = 2; i < le.size(); i += 2) be += std::string{le[i + 1], le[i]};
  auto b = decode_xml(be, "a.xml");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->text, d->text);
  EXPECT_EQ(encode_xml(b->text, b->encoding), be);
}

TEST(XmlEncoding, ErrorsSayWhatIsWrongAndWhere) {
  struct Case {
    std::string bytes;
    std::string expected;
  } cases[] = {
      {"<?xml version='1.0' encoding='US-ASCII'?>\n<a>caf\xc3\xa9</a>",
       "a.xml:2:7: error: bytes that are not US-ASCII (the encoding the document declares) near '0xC3'"},
      {"<?xml version='1.0' encoding='no-such-charset'?><a/>",
       "a.xml:1:1: error: unknown encoding 'no-such-charset' near 'no-such-charset'"},
      {"\xef\xbb\xbf<?xml version='1.0' encoding='ISO-8859-1'?><a/>",
       "a.xml:1:1: error: the byte order mark says UTF-8 but the XML declaration says 'ISO-8859-1' near 'ISO-8859-1'"},
      {"<?xml version='1.0' encoding='UTF-16'?><a/>",
       "a.xml:1:1: error: the XML declaration says 'UTF-16' but the document is not UTF-16 (UTF-16 needs a byte "
       "order mark) near 'UTF-16'"},
      {"\xff\xfe" + utf16le("<?xml version='1.0' encoding='ISO-8859-1'?><a/>"),
       "a.xml:1:1: error: the document is UTF-16 but the XML declaration says 'ISO-8859-1' near 'ISO-8859-1'"},
      {std::string("\xff\xfe\x00\x00", 4) + "<\0\0\0",
       "a.xml:1:1: error: UTF-32 is not supported (xloc reads UTF-8, UTF-16 and 8-bit encodings)"},
  };
  for (const Case& c : cases) {
    auto d = decode_xml(c.bytes, "a.xml");
    ASSERT_FALSE(d.ok()) << c.expected;
    EXPECT_EQ(d.error().to_string(), c.expected);
  }
}

}  // namespace
}  // namespace xloc::its
