// Tests how source text becomes msgid text (its/xml_text.h): references to
// entities other than the predefined five stay references.
#include "its/xml_text.h"

#include <gtest/gtest.h>

namespace xloc::its {
namespace {

std::string text(std::string_view raw, bool attribute = false) {
  std::string out;
  append_character_data(out, raw, attribute);
  return out;
}

TEST(XmlText, EntityReferencesStayReferences) {
  EXPECT_EQ(text("About &product; &v2.0-beta_1:x;"), "About &product; &v2.0-beta_1:x;");
  EXPECT_EQ(text("&\xC3\xA9t\xC3\xA9;"), "&\xC3\xA9t\xC3\xA9;");  // a non-ASCII name
}

TEST(XmlText, EscapedAmpersandsAreTextNotReferences) {
  EXPECT_EQ(text("&amp;product; &#38;product; &#x26;product;"), "&amp;product; &amp;product; &amp;product;");
}

TEST(XmlText, PredefinedEntitiesAndCharacterReferencesAreReplacedThenEscaped) {
  EXPECT_EQ(text("&lt;b&gt; &quot;q&quot; &apos;a&apos; &#65;&#x42;&#x2014; > \""), "&lt;b&gt; \"q\" 'a' AB\xE2\x80\x94 &gt; \"");
  EXPECT_EQ(text("&quot;q&quot; \"r\"", true), "&quot;q&quot; &quot;r&quot;");
}

TEST(XmlText, AnAmpersandThatStartsNoReferenceIsText) {
  const std::pair<const char*, const char*> cases[] = {
      {"a & b", "a &amp; b"},         {"a &b c;", "a &amp;b c;"},  {"&;", "&amp;;"},
      {"&1a;", "&amp;1a;"},           {"&amp", "&amp;amp"},         {"&name", "&amp;name"},
      {"&#;", "&amp;#;"},             {"&#x;", "&amp;#x;"},         {"&#xZZ;", "&amp;#xZZ;"},
      {"&#0;", "&amp;#0;"},           {"&#xD800;", "&amp;#xD800;"}, {"&#x110000;", "&amp;#x110000;"},
      {"&#99999999999999999999;", "&amp;#99999999999999999999;"},
  };
  for (const auto& [raw, msgid] : cases) EXPECT_EQ(text(raw), msgid) << raw;
}

TEST(XmlText, LineEndsAreNormalizedAsAnXmlParserDoes) {
  EXPECT_EQ(text("a\r\nb\rc\n\td"), "a\nb\nc\n\td");
  EXPECT_EQ(text("a\r\nb\rc\n\td&#10;", true), "a b c  d\n");
}

TEST(XmlText, EntityReferenceAt) {
  EXPECT_EQ(entity_reference_at("x &product; y", 2), "product");
  EXPECT_EQ(entity_reference_at("&amp;", 0), "amp");
  for (const char* s : {"&#38;", "& x;", "&x", "&x y;", "&-x;", "x"}) EXPECT_FALSE(entity_reference_at(s, 0)) << s;
}

}  // namespace
}  // namespace xloc::its
