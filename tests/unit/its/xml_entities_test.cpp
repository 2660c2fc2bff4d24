// Tests internal_entities() and expand_entities(): the declarations of the
// internal subset, and msgids in itstool's (expanded) form.
#include "its/xml_entities.h"

#include <gtest/gtest.h>

namespace xloc::its {
namespace {

const char* const kDoc =
    "<!DOCTYPE article [\n"
    "  <!ENTITY app \"GParted\">\n"
    "  <!ENTITY app \"ignored: the first declaration wins\">\n"
    "  <!ENTITY full \"&app; Project\">\n"
    "  <!ENTITY amp \"&#38;#38;\">\n"
    "  <!ENTITY tag \"<application>&app;</application>\">\n"
    "  <!ENTITY % param \"parameter entities are not general ones\">\n"
    "  <!ENTITY ext SYSTEM \"ext.xml\">\n"
    "]>\n<article>&full; &tag;</article>\n";

TEST(XmlEntities, InternalGeneralEntitiesOfTheInternalSubset) {
  const EntityTable t = internal_entities(kDoc);
  EXPECT_EQ(t, (EntityTable{{"app", "GParted"}, {"full", "&app; Project"}, {"tag", "<application>&app;</application>"}}));
  EXPECT_TRUE(internal_entities("<a>no DTD</a>").empty());
}

TEST(XmlEntities, ExpansionIsRecursiveAndKeepsOtherReferences) {
  const EntityTable t = internal_entities(kDoc);
  EXPECT_EQ(expand_entities("About &full;: &amp; &lt; &#65; &ext; &unknown;", t, {}),
            "About GParted Project: &amp; &lt; &#65; &ext; &unknown;");
  EXPECT_EQ(expand_entities("Run <link href=\"&app;.html\">&tag;</link>.", t, {}),
            "Run <link href=\"GParted.html\"><application>GParted</application></link>.");
  EXPECT_EQ(expand_entities("no references", t, {}), "no references");
}

TEST(XmlEntities, MarkupIsExpandedOnlyWhereTheMessageStaysWellFormed) {
  // In an attribute value the entity's '<' would break the message: there
  // only the plain-text entities are expanded.
  const EntityTable t = internal_entities(kDoc);
  EXPECT_EQ(expand_entities("<link href=\"&tag;\">&app;</link>", t, {}), "<link href=\"&tag;\">GParted</link>");
}

TEST(XmlEntities, ExpansionIsBounded) {
  EntityTable loop{{"a", "&b;"}, {"b", "&a;"}};  // never from a well-formed document, but bounded anyway
  EXPECT_EQ(expand_entities("x &a; y", loop, {}), "x &a; y");
}

}  // namespace
}  // namespace xloc::its
