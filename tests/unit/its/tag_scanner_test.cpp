// Tests the byte positions export splices at: start tags, attributes, and
// where each kind of node ends in the original text.
#include "its/tag_scanner.h"

#include <gtest/gtest.h>

#include "its/line_index.h"

namespace xloc::its {
namespace {

TEST(TagScanner, StartTagAttributesWithBothQuotesAndAngleBracketsInValues) {
  const std::string s = "<a  x='1>2' y = \"q'\"\n z=\"\">";
  StartTag t = scan_start_tag(s, 0);
  EXPECT_EQ(t.name_end, 2u);
  EXPECT_EQ(t.end, s.size());
  EXPECT_FALSE(t.self_closing);
  ASSERT_EQ(t.attributes.size(), 3u);
  EXPECT_EQ(t.attributes[0].name, "x");
  EXPECT_EQ(s.substr(t.attributes[0].value_begin, t.attributes[0].value_end - t.attributes[0].value_begin), "1>2");
  EXPECT_EQ(t.attributes[1].name, "y");
  EXPECT_EQ(s.substr(t.attributes[1].value_begin, 2), "q'");
  EXPECT_EQ(t.attributes[2].value_begin, t.attributes[2].value_end);
  EXPECT_TRUE(scan_start_tag("<e/>", 0).self_closing);
}

TEST(TagScanner, NodeEndsForEveryKindOfLastChild) {
  const std::string s = "<r><a>t &amp; u</a><b><!-- c --></b><c><?p x?></c><d><![CDATA[<]]></d><e></e ><f/></r>";
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_buffer(s.data(), s.size(), pugi::parse_default | pugi::parse_comments | pugi::parse_pi));
  for (pugi::xml_node n : doc.first_child().children()) {
    const size_t b = node_begin(n), e = node_end(s, n);
    ASSERT_NE(e, std::string::npos) << n.name();
    const std::string text = s.substr(b, e - b);
    EXPECT_EQ(text.substr(0, 2), "<" + std::string(n.name())) << text;
    EXPECT_EQ(text.back(), '>') << text;
  }
  EXPECT_EQ(node_end(s, doc.first_child()), s.size());
}

TEST(LineIndex, LinesAndColumnsAreOneBased) {
  LineIndex lines("ab\ncd\n");
  EXPECT_EQ(lines.locate("f", 0).to_string(), "f:1:1");
  EXPECT_EQ(lines.locate("f", 4).to_string(), "f:2:2");
  EXPECT_EQ(lines.line_of(6), 3);
}

}  // namespace
}  // namespace xloc::its
