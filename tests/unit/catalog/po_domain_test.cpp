// Tests the `domain "name"` keyword in read_po() and write_po(): messages
// carry their domain, keys are unique per domain, and the writer groups
// domains as msgcat does (the expected text is msgcat 0.21's output for
// the same input).
#include <gtest/gtest.h>

#include "catalog/po_reader.h"
#include "catalog/po_writer.h"

namespace xloc {
namespace {

const char* const kTwoDomains =
    "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
    "msgid \"Open\"\nmsgstr \"Öffnen\"\n\n"
    "domain \"other\"\n\n"
    "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
    "#~ msgid \"Gone\"\n#~ msgstr \"Weg\"\n\n"
    "msgid \"Open\"\nmsgstr \"Aufmachen\"\n\n"
    "domain \"messages\"\n\n"
    "msgid \"Close\"\nmsgstr \"Schließen\"\n";

TEST(PoDomain, MessagesCarryTheirDomain) {
  auto c = read_po(kTwoDomains, "two.po");
  ASSERT_TRUE(c) << c.error().to_string();
  ASSERT_EQ(c->messages.size(), 6u);
  EXPECT_EQ(c->messages[0].domain, "");
  EXPECT_EQ(c->messages[1].domain, "");
  EXPECT_EQ(c->messages[2].domain, "other");
  EXPECT_TRUE(c->messages[2].is_header());
  EXPECT_EQ(c->messages[4].domain, "other");
  EXPECT_EQ(c->messages[4].msgstr[0], "Aufmachen");
  EXPECT_EQ(c->messages[5].domain, "") << "\"messages\" is the default domain";
}

TEST(PoDomain, TheSameKeyOnceInEachDomain) {
  auto bad = read_po("domain \"d\"\nmsgid \"a\"\nmsgstr \"\"\n\nmsgid \"a\"\nmsgstr \"x\"\n", "bad.po");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().to_string(), "bad.po:5:1: error: duplicate message definition; the first one is at line 2");
}

TEST(PoDomain, AnEmptyNameIsAnError) {
  auto bad = read_po("domain \"\"\nmsgid \"a\"\nmsgstr \"\"\n", "bad.po");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().to_string(), "bad.po:1:1: error: a domain needs a name");
}

TEST(PoDomain, WrittenDomainByDomainLikeMsgcat) {
  auto c = read_po(kTwoDomains, "two.po");
  ASSERT_TRUE(c);
  EXPECT_EQ(write_po(*c),
            "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
            "msgid \"Open\"\nmsgstr \"Öffnen\"\n\n"
            "msgid \"Close\"\nmsgstr \"Schließen\"\n\n"
            "domain \"other\"\n\n"
            "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
            "msgid \"Open\"\nmsgstr \"Aufmachen\"\n\n"
            "#~ msgid \"Gone\"\n#~ msgstr \"Weg\"\n");
}

TEST(PoDomain, ALeadingNamedDomainIsWritten) {
  auto c = read_po("domain \"d\"\n\nmsgid \"a\"\nmsgstr \"b\"\n", "d.po");
  ASSERT_TRUE(c);
  EXPECT_EQ(write_po(*c), "domain \"d\"\n\nmsgid \"a\"\nmsgstr \"b\"\n");
}

}  // namespace
}  // namespace xloc
