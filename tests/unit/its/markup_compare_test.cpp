// Tests the one markup rule export and check share: what a translation's
// inline markup may and may not do to the source's.
#include "its/markup_compare.h"

#include <gtest/gtest.h>

namespace xloc::its {
namespace {

const NamespaceBindings kDocBook = {{"", "http://docbook.org/ns/docbook"}, {"xlink", "http://www.w3.org/1999/xlink"}};

std::vector<std::string> codes(const MarkupComparison& c) {
  std::vector<std::string> out;
  for (const MarkupDifference& d : c.differences) out.push_back(d.code + ": " + d.message);
  return out;
}

TEST(MarkupCompare, SameMarkupInAnotherOrderIsFine) {
  auto c = compare_markup("Read <emphasis role=\"strong\">this</emphasis> and <link xlink:href=\"a\">that</link>.",
                          "<link xlink:href=\"a\">Das</link> und <emphasis role=\"strong\">dies</emphasis> lesen.",
                          kDocBook);
  EXPECT_TRUE(c.ok());
  EXPECT_TRUE(c.differences.empty());
}

TEST(MarkupCompare, PlainTextWithEntitiesIsFine) {
  EXPECT_TRUE(compare_markup("A &amp; B", "A &amp; B &#160; &#x2014; &lt;x&gt; &quot;", kDocBook).ok());
}

// Entity references stay references in msgids (its/xml_text.h): the
// translation may use those of its source, here or in an attribute.
TEST(MarkupCompare, EntityReferencesOfTheSourceAreFine) {
  auto c = compare_markup("Install &product; &version; from <link xlink:href=\"&site;/get\">&site;</link>.",
                          "&product; &version; von <link xlink:href=\"&site;/get\">&site;</link> installieren.",
                          kDocBook);
  EXPECT_TRUE(c.ok());
  EXPECT_TRUE(c.differences.empty());
  EXPECT_TRUE(check_fragment("About &product; &#x2014; &amp;", kDocBook).empty());
}

TEST(MarkupCompare, ADroppedEntityReferenceIsOnlyAWarning) {
  auto c = compare_markup("Wait&hellip;", "Attendez…", kDocBook);
  EXPECT_TRUE(c.ok());
  EXPECT_EQ(codes(c), std::vector<std::string>{"missing-entity: the entity reference '&hellip;' is missing"});
}

TEST(MarkupCompare, ChangedAttributeValueIsOnlyAWarning) {
  auto c = compare_markup("<link xlink:href=\"https://a/en\">x</link>", "<link xlink:href=\"https://a/de\">y</link>",
                          kDocBook);
  EXPECT_TRUE(c.ok());
  EXPECT_EQ(codes(c), std::vector<std::string>{
                          "attribute-value-changed: an attribute value of <link> differs from the source"});
}

struct Case {
  const char* source;
  const char* translation;
  std::vector<std::string> expected;
};

TEST(MarkupCompare, ErrorsAreNamedAndQuoteTheMarkup) {
  const Case cases[] = {
      {"a <emphasis>b</emphasis>", "a <emphasis>b", {"malformed-markup: the markup is not well-formed: start-end tags mismatch"}},
      {"a", "a & b", {"malformed-markup: '&' must start an entity reference; write '&amp;'"}},
      {"a", "a &b c;", {"malformed-markup: '&' must start an entity reference; write '&amp;'"}},
      {"a", "a&nbsp;b", {"extra-entity: the entity reference '&nbsp;' is not in the source"}},
      {"About &product;", "À propos de &produit;",
       {"extra-entity: the entity reference '&produit;' is not in the source",
        "missing-entity: the entity reference '&product;' is missing"}},
      {"a", "<emphasis role=\"x\" role=\"y\">a</emphasis>",
       {"malformed-markup: <emphasis> has the attribute 'role' twice"}},
      {"a", "<db:emphasis>a</db:emphasis>",
       {"undeclared-prefix: <db:emphasis> uses an undeclared namespace prefix"}},
      {"See<_:footnote-1/>.", "Siehe.", {"missing-placeholder: the placeholder <_:footnote-1/> is missing"}},
      {"See<_:footnote-1/>.", "<_:footnote-1/>Siehe<_:footnote-1/>.",
       {"extra-placeholder: the placeholder <_:footnote-1/> appears more than once"}},
      {"See.", "Siehe<_:media-2/>.", {"extra-placeholder: the placeholder <_:media-2/> is not in the source"}},
      {"<emphasis>a</emphasis>", "a", {"missing-element: the element <emphasis> is missing"}},
      {"<emphasis>a</emphasis>", "<literal>a</literal>",
       {"missing-element: the element <emphasis> is missing", "extra-element: the element <literal> is not in the source"}},
      {"<emphasis role=\"strong\">a</emphasis>", "<emphasis>a</emphasis>",
       {"attribute-mismatch: the attributes of <emphasis> differ from the source"}},
      {"a", "a\x01", {"malformed-markup: a control character is not allowed in XML"}},
  };
  for (const Case& c : cases) {
    auto r = compare_markup(c.source, c.translation, kDocBook);
    EXPECT_FALSE(r.ok()) << c.translation;
    EXPECT_EQ(codes(r), c.expected) << c.translation;
  }
}

TEST(MarkupCompare, WithoutTheDocumentPrefixesOfTheSourceAreAccepted) {
  EXPECT_TRUE(compare_markup("<db:link xlink:href=\"a\">x</db:link>", "<db:link xlink:href=\"a\">y</db:link>", {}).ok());
  auto c = compare_markup("x", "<db:link>y</db:link>", {});
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.differences[0].code, "undeclared-prefix");
}

TEST(MarkupCompare, CheckFragmentOnlyChecksWellFormedness) {
  EXPECT_TRUE(check_fragment("x <emphasis>y</emphasis>", kDocBook).empty());
  EXPECT_EQ(check_fragment("x <emphasis>y", kDocBook).size(), 1u);
}

}  // namespace
}  // namespace xloc::its
