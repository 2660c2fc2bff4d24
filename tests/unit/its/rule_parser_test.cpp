// Tests reading ITS rules files: the categories xloc uses, namespaces in
// scope, and invalid rules reported at their line.
#include "its/rule_parser.h"

#include <gtest/gtest.h>

#include "its/builtin_rules.h"
#include "its/xml_names.h"

namespace xloc::its {
namespace {

TEST(RuleParser, ReadsRulesInOrderWithTheirNamespaces) {
  auto r = parse_rules(R"(<its:rules xmlns:its="http://www.w3.org/2005/11/its" xmlns:db="http://docbook.org/ns/docbook" version="2.0">
  <its:translateRule selector="//db:code" translate="no"/>
  <its:withinTextRule selector="//db:footnote" withinText="nested"/>
  <its:locNoteRule selector="//db:title" locNoteType="alert"><its:locNote>Short.</its:locNote></its:locNoteRule>
  <its:storageSizeRule selector="//db:title" storageSize="8"/>
  <its:idValueRule selector="//db:para" idValue="@xml:id"/>
</its:rules>)", "r.its");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  ASSERT_EQ(r->rules.size(), 4u);
  EXPECT_EQ(r->rules[0].kind, RuleKind::kTranslate);
  EXPECT_EQ(r->rules[0].value, "no");
  EXPECT_EQ(r->rules[0].where.to_string(), "r.its:2:3");
  EXPECT_EQ(lookup(r->rules[0].namespaces, "db"), "http://docbook.org/ns/docbook");
  EXPECT_EQ(r->rules[1].value, "nested");
  EXPECT_EQ(r->rules[2].value, "Short.");
  EXPECT_EQ(r->rules[3].kind, RuleKind::kIdValue);
  EXPECT_EQ(r->rules[3].pointer, "@xml:id");
}

TEST(RuleParser, ReadsLocNoteReferencesDirectionAndExternalResources) {
  auto r = parse_rules(R"(<its:rules xmlns:its="http://www.w3.org/2005/11/its" version="2.0">
  <its:locNoteRule selector="//msg" locNoteRef="notes.html#a" locNoteType="alert"/>
  <its:locNoteRule selector="//p" locNoteRefPointer="@ref"/>
  <its:locNoteRule selector="//q"><its:locNote>Keep <b>Chobe</b> as is.</its:locNote></its:locNoteRule>
  <its:dirRule selector="//ar" dir="rtl"/>
  <its:externalResourceRefRule selector="//img" externalResourceRefPointer="@src"/>
</its:rules>)", "r.its");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  ASSERT_EQ(r->rules.size(), 5u);
  EXPECT_EQ(r->rules[0].value, "notes.html#a");
  EXPECT_TRUE(r->rules[0].note_is_reference);
  EXPECT_EQ(r->rules[0].note_type, "alert");
  EXPECT_EQ(r->rules[1].pointer, "@ref");
  EXPECT_TRUE(r->rules[1].note_is_reference);
  EXPECT_EQ(r->rules[1].note_type, "description");
  EXPECT_EQ(r->rules[2].value, "Keep Chobe as is.");
  EXPECT_FALSE(r->rules[2].note_is_reference);
  EXPECT_EQ(r->rules[3].kind, RuleKind::kDirection);
  EXPECT_EQ(r->rules[3].value, "rtl");
  EXPECT_EQ(r->rules[4].kind, RuleKind::kExternalResource);
  EXPECT_EQ(r->rules[4].pointer, "@src");
  auto bad = parse_rules(R"(<its:rules xmlns:its="http://www.w3.org/2005/11/its" version="2.0">
<its:dirRule selector="//ar" dir="up"/></its:rules>)", "d.its");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "invalid-its-rule");
}

TEST(RuleParser, BuiltinRuleSetsParse) {
  for (const BuiltinRules& b : builtin_rules()) {
    auto r = parse_rules(b.text, std::string(b.file_name));
    ASSERT_TRUE(r.ok()) << r.error().to_string();
    EXPECT_GT(r->rules.size(), 3u) << b.file_name;
  }
  EXPECT_TRUE(builtin_rules_for("http://projectmallard.org/1.0/").has_value());
  EXPECT_FALSE(builtin_rules_for("urn:nothing").has_value());
}

TEST(RuleParser, InvalidRulesAreErrorsAtTheirLine) {
  struct Case {
    std::string body;
    std::string expected;
  } cases[] = {
      {"<its:translateRule translate=\"no\"/>", "r.its:2:1: error: its:translateRule has no selector"},
      {"<its:translateRule selector=\"//p\" translate=\"maybe\"/>",
       "r.its:2:1: error: its:translateRule: translate must be one of 'yes', 'no' near 'maybe'"},
      {"<its:withinTextRule selector=\"//p\"/>", "r.its:2:1: error: its:withinTextRule has no withinText"},
      {"<its:locNoteRule selector=\"//p\"/>",
       "r.its:2:1: error: its:locNoteRule has none of its:locNote, locNotePointer, locNoteRef, locNoteRefPointer"},
      {"<its:translateRule selector=\"//p\" translate=\"no\">",
       "r.its:3:1: error: malformed XML: the end tag </its:rules> does not match the start tag "
       "<its:translateRule> of line 2"},
  };
  for (const Case& c : cases) {
    auto r = parse_rules("<its:rules xmlns:its=\"http://www.w3.org/2005/11/its\" version=\"2.0\">\n" + c.body +
                             "\n</its:rules>",
                         "r.its");
    ASSERT_FALSE(r.ok()) << c.body;
    EXPECT_EQ(r.error().to_string(), c.expected);
  }
  auto not_rules = parse_rules("<rules/>", "x.its");
  ASSERT_FALSE(not_rules.ok());
  EXPECT_EQ(not_rules.error().code, "invalid-its-rule");
}

}  // namespace
}  // namespace xloc::its
