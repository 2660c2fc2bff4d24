// Tests character references: which XML allows, and that a document with a
// bad one is refused before pugixml decodes it.
#include "its/char_reference.h"

#include <gtest/gtest.h>

#include "base/file_system.h"
#include "its/unit_walker.h"

namespace xloc::its {
namespace {

TEST(CharReference, DecodesOnlyCharactersXmlAllows) {
  EXPECT_EQ(decode_char_reference("#65"), U'A');
  EXPECT_EQ(decode_char_reference("#x41"), U'A');
  EXPECT_EQ(decode_char_reference("#x0000041"), U'A');
  EXPECT_EQ(decode_char_reference("#x10FFFF"), U'\U0010FFFF');
  for (const char* bad : {"#", "#x", "#x110000", "#0", "#x1F", "#xD800", "#xFFFE", "#x4666666666666661", "#12a", "#xG"})
    EXPECT_FALSE(decode_char_reference(bad)) << bad;
}

TEST(CharReference, FindsTheFirstBadReferenceOutsideCommentsCdataAndPis) {
  EXPECT_FALSE(find_bad_char_reference("<p>&#65; &#x263A; &amp; &lt;</p>"));
  EXPECT_FALSE(find_bad_char_reference("<p><!-- &#0; --><![CDATA[&#0;]]><?pi &#0;?></p>"));
  EXPECT_EQ(find_bad_char_reference("<p>ok &#x4666666666666661; no</p>"), 6u);
  EXPECT_EQ(find_bad_char_reference("<p a='&#0;'/>"), 6u);
  EXPECT_EQ(find_bad_char_reference("<p>&#65</p>"), 3u);
}

// Found by fuzzing (regression its_walk/huge-char-reference.xml): pugixml
// decoded this reference to bytes that are not UTF-8, which then reached
// the template.
TEST(CharReference, ADocumentWithABadReferenceIsMalformedXmlWithItsPlace) {
  MemoryFileSystem fs;
  const std::string doc = "<page>\n  <p>note &#x4666666666666661;</p>\n</page>\n";
  auto walked = walk_units(doc, "doc.xml", fs);
  ASSERT_FALSE(walked);
  EXPECT_EQ(walked.error().code, "malformed-xml");
  EXPECT_EQ(walked.error().where.line, 2);
  EXPECT_EQ(walked.error().where.column, 11);
}

}  // namespace
}  // namespace xloc::its
