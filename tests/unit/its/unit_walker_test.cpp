// Tests the one walk extract and export share: units, placeholders,
// whitespace, notes, contexts, offsets, and the errors it reports.
#include "its/unit_walker.h"

#include <gtest/gtest.h>

#include "base/file_system.h"
#include "its/rule_parser.h"

namespace xloc::its {
namespace {

constexpr const char* kDb = R"(xmlns="http://docbook.org/ns/docbook")";
constexpr const char* kMal = R"(xmlns="http://projectmallard.org/1.0/")";

std::vector<std::string> texts(const WalkResult& r) {
  std::vector<std::string> out;
  for (const Unit& u : r.units) out.push_back(u.text);
  return out;
}

WalkResult walk(const std::string& xml, WalkOptions options = {}) {
  MemoryFileSystem fs;
  auto r = walk_units(xml, "doc.xml", fs, options);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().to_string());
  return r.ok() ? std::move(r).value() : WalkResult{};
}

TEST(UnitWalker, DocBookParagraphWithInlineMarkup) {
  auto r = walk(std::string("<article ") + kDb + "><info><title>Knees</title></info>\n"
                "<para>Read   <emphasis role=\"strong\">this</emphasis>\n first.</para></article>");
  EXPECT_EQ(texts(r), (std::vector<std::string>{"Knees", "Read <emphasis role=\"strong\">this</emphasis> first."}));
  EXPECT_EQ(r.units[1].line, 2);
  EXPECT_EQ(r.root_namespace, "http://docbook.org/ns/docbook");
}

TEST(UnitWalker, FootnoteIsANestedUnitAndAPlaceholder) {
  std::string xml = std::string("<article ") + kDb +
                    "><para>See<footnote><para>Note.</para></footnote> here.</para></article>";
  auto r = walk(xml);
  ASSERT_EQ(texts(r), (std::vector<std::string>{"Note.", "See<_:footnote-1/> here."}));
  const Unit& outer = r.units[1];
  ASSERT_EQ(outer.placeholders.size(), 1u);
  EXPECT_EQ(outer.placeholders[0].name, "footnote-1");
  EXPECT_EQ(xml.substr(outer.placeholders[0].begin, outer.placeholders[0].end - outer.placeholders[0].begin),
            "<footnote><para>Note.</para></footnote>");
  EXPECT_EQ(xml.substr(outer.content_begin, outer.content_end - outer.content_begin),
            "See<footnote><para>Note.</para></footnote> here.");
  ASSERT_EQ(outer.inner.size(), 1u);
  EXPECT_EQ(outer.inner[0].unit, 0u);
}

TEST(UnitWalker, UntranslatableInlineElementIsAPlaceholder) {
  auto r = walk(std::string("<page ") + kMal +
                " xmlns:its=\"http://www.w3.org/2005/11/its\"><p>Press <media its:translate=\"no\" src=\"a.png\">A</media> now.</p></page>");
  EXPECT_EQ(texts(r), (std::vector<std::string>{"Press <_:media-1/> now."}));
}

TEST(UnitWalker, PreservedSpaceIsKept) {
  auto r = walk(std::string("<page ") + kMal + "><code>a\n  b</code><p xml:space=\"preserve\"> x  y </p></page>");
  EXPECT_EQ(texts(r), (std::vector<std::string>{"a\n  b", " x  y "}));
  EXPECT_TRUE(r.units[0].preserve_space);
}

TEST(UnitWalker, NoBreakSpaceIsNotCollapsed) {
  auto r = walk(std::string("<page ") + kMal + "><p>10\xC2\xA0km  away</p></page>");
  EXPECT_EQ(texts(r), (std::vector<std::string>{"10\xC2\xA0km away"}));
}

// xloc never expands entities: a reference stays one in the msgid, in text
// and in inline attributes, as with `itstool --keep-entities`; an escaped
// '&' stays escaped, a character reference becomes its character.
TEST(UnitWalker, EntityReferencesStayReferences) {
  auto r = walk(std::string("<!DOCTYPE article [<!ENTITY product \"Knee Helper\"><!ENTITY site \"https://x\">]>\n") +
                "<article " + kDb + " xmlns:xl=\"http://www.w3.org/1999/xlink\"><title>&product;</title>" +
                "<para>Get &product; &amp;product; &#x41; from <link xl:href=\"&site;/&amp;\">&site;</link>.</para>"
                "</article>");
  EXPECT_EQ(texts(r), (std::vector<std::string>{
                          "&product;", "Get &product; &amp;product; A from <link xl:href=\"&site;/&amp;\">&site;</link>."}));
}

TEST(UnitWalker, MallardCommentsAreDroppedAndContextsApplied) {
  auto r = walk(std::string("<page ") + kMal +
                "><info><title type=\"link\" role=\"trail\">Trail</title><credit><name>Ann</name>"
                "<email>a@b</email></credit></info><comment><p>todo</p></comment><p>Body</p></page>");
  ASSERT_EQ(texts(r), (std::vector<std::string>{"Trail", "Ann", "Body"}));
  EXPECT_EQ(r.units[0].context, "link:trail");
  EXPECT_TRUE(r.credits);
  ASSERT_EQ(r.top.size(), 5u);  // 3 units, the comment, where credits go
  EXPECT_EQ(r.top[2].kind, Span::Kind::kCredits);
  EXPECT_EQ(r.top[3].kind, Span::Kind::kDrop);
}

TEST(UnitWalker, LocNotesLocalGlobalAndPointer) {
  const std::string its = R"(<its:rules xmlns:its="http://www.w3.org/2005/11/its" xmlns:db="http://docbook.org/ns/docbook" version="2.0">
  <its:locNoteRule selector="//db:title" locNoteType="description"><its:locNote>A heading.</its:locNote></its:locNoteRule>
  <its:locNoteRule selector="//db:para[@role]" locNotePointer="@role"/>
</its:rules>)";
  MemoryFileSystem fs;
  fs.add("rules.its", its);
  WalkOptions options;
  auto rules = parse_rules(its, "rules.its");
  ASSERT_TRUE(rules.ok());
  options.rules.push_back(*rules);
  auto r = walk(std::string("<article ") + kDb + R"( xmlns:its="http://www.w3.org/2005/11/its"><title>T</title>
<para role="Keep the unit">A</para><para its:locNote="Local wins">B</para><section><para>C</para></section></article>)",
                options);
  ASSERT_EQ(r.units.size(), 4u);
  EXPECT_EQ(r.units[0].notes, std::vector<std::string>{"A heading."});
  EXPECT_EQ(r.units[1].notes, std::vector<std::string>{"Keep the unit"});
  EXPECT_EQ(r.units[2].notes, std::vector<std::string>{"Local wins"});
  EXPECT_TRUE(r.units[3].notes.empty());
}

TEST(UnitWalker, LaterRulesBeatEarlierAndLocalBeatsGlobal) {
  auto r = walk(std::string("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:its=\"http://www.w3.org/2005/11/its\">") +
                R"(<head><its:rules version="2.0"><its:translateRule selector="//h:p" translate="no" xmlns:h="http://www.w3.org/1999/xhtml"/>
<its:translateRule selector="//h:p[@class='yes']" translate="yes" xmlns:h="http://www.w3.org/1999/xhtml"/></its:rules></head>
<body><p>no</p><p class="yes">yes</p><p its:translate="yes">local</p></body></html>)");
  EXPECT_EQ(texts(r), (std::vector<std::string>{"yes", "local"}));
}

TEST(UnitWalker, LinkedRulesAreReadBesideTheDocument) {
  MemoryFileSystem fs;
  fs.add("dir/x.its", R"(<its:rules xmlns:its="http://www.w3.org/2005/11/its" xmlns:mal="http://projectmallard.org/1.0/" version="1.0">
<its:withinTextRule selector="//mal:p/mal:gui[not(preceding-sibling::node() or following-sibling::node())]" withinText="no"/></its:rules>)");
  std::string xml = std::string("<page ") + kMal + R"( xmlns:its="http://www.w3.org/2005/11/its" xmlns:xlink="http://www.w3.org/1999/xlink">
<info><its:rules xlink:href="x.its"/></info><p><gui>Settings</gui></p><p>Open <gui>Files</gui></p></page>)";
  auto r = walk_units(xml, "dir/page.page", fs);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(texts(*r), (std::vector<std::string>{"Settings", "Open <gui>Files</gui>"}));
}

TEST(UnitWalker, IdValueBecomesTheContext) {
  auto r = walk(std::string("<article ") + kDb + "><para xml:id=\"p1\">A</para><para>A</para></article>");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(r.units[0].context, "p1");
  EXPECT_EQ(r.units[1].context, std::nullopt);
}

struct ErrorCase {
  const char* name;
  std::string xml;
  std::string expected;
};

TEST(UnitWalker, ErrorsNameFileLineAndColumn) {
  const ErrorCase cases[] = {
      {"malformed", "<article xmlns=\"http://docbook.org/ns/docbook\">\n<para>x</article>",
       "doc.xml:2:8: error: malformed XML: the end tag </article> does not match the start tag <para> of line 2"},
      {"unknown namespace", "<?xml version=\"1.0\"?>\n<doc xmlns=\"urn:x\"><p>x</p></doc>",
       "doc.xml:2:1: error: no ITS rules for the namespace 'urn:x' of the root element 'doc': xloc knows "
       "DocBook 4 and 5, Mallard 1.0 and XHTML; give rules with --rules FILE.its near 'doc'"},
      {"bad selector", std::string("<page ") + kMal +
                           " xmlns:its=\"http://www.w3.org/2005/11/its\">\n<its:rules version=\"2.0\">\n"
                           "  <its:translateRule selector=\"//p[\" translate=\"no\"/></its:rules></page>",
       "doc.xml:3:3: error: invalid XPath selector: unrecognized node test near '//p['"},
      // Found by fuzzing (regression its_walk/selector-that-is-a-number.xml).
      {"selector that selects no nodes", std::string("<page ") + kMal +
                           " xmlns:its=\"http://www.w3.org/2005/11/its\">\n<its:rules version=\"2.0\">\n"
                           "  <its:translateRule selector=\"/+c\" translate=\"no\"/></its:rules></page>",
       "doc.xml:3:3: error: the selector is an XPath expression that does not select nodes near '/+c'"},
      {"unbound prefix in selector", std::string("<page ") + kMal +
                           " xmlns:its=\"http://www.w3.org/2005/11/its\">\n<its:rules version=\"2.0\">\n"
                           "  <its:translateRule selector=\"//x:p\" translate=\"no\"/></its:rules></page>",
       "doc.xml:3:3: error: selector uses the undeclared namespace prefix 'x' near '//x:p'"},
      {"missing linked rules", std::string("<page ") + kMal +
                           " xmlns:its=\"http://www.w3.org/2005/11/its\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                           "<its:rules xlink:href=\"gone.its\"/></page>",
       "doc.xml:1:131: error: cannot read the linked ITS rules file 'gone.its' near 'gone.its'"},
      {"undeclared element prefix", std::string("<page ") + kMal + "><x:p/></page>",
       "doc.xml:1:46: error: malformed XML: undeclared namespace prefix 'x'"},
  };
  for (const ErrorCase& c : cases) {
    MemoryFileSystem fs;
    auto r = walk_units(c.xml, "doc.xml", fs);
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(r.error().to_string(), c.expected) << c.name;
  }
}

}  // namespace
}  // namespace xloc::its

namespace xloc::its {
namespace {

TEST(UnitWalkerCategories, LocNoteReferencesWholeNotesAndLocalMarkupOnly) {
  auto r = walk(R"(<doc xmlns:its="http://www.w3.org/2005/11/its"><its:rules version="2.0">
<its:locNoteRule selector="//p[1]" locNoteRef="notes.html#a"/>
<its:locNoteRule selector="//p[2]" locNoteType="alert"><its:locNote>Keep <b>Chobe</b>.</its:locNote></its:locNoteRule>
</its:rules><p>A</p><p>B</p><p>C <its:span translate="no">x</its:span></p></doc>)");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(r.units[0].notes, (std::vector<std::string>{"(itstool) link: notes.html#a"}));
  EXPECT_EQ(r.units[1].notes, (std::vector<std::string>{"Keep Chobe."}));
  EXPECT_EQ(r.units[2].text, "C <_:span-1/>");
  // Only local markup, no rules: not refused.
  auto local = walk(R"(<doc xmlns:its="http://www.w3.org/2005/11/its"><p>A <b its:translate="no">x</b></p></doc>)");
  EXPECT_EQ(texts(local), (std::vector<std::string>{"A <_:b-1/>"}));
}

TEST(UnitWalkerCategories, LocaleFiltersDropPerLocale) {
  const std::string xml = R"(<doc xmlns:its="http://www.w3.org/2005/11/its"><its:rules version="2.0">
<its:localeFilterRule selector="//p[@id='ca']" localeFilterList="en-CA, fr-CA"/>
<its:localeFilterRule selector="//p[@id='ch']" localeFilterList="*-CH" localeFilterType="exclude"/>
</its:rules><p id="ca">Canada</p><p id="ch">Not Swiss</p><p its:localeFilterList="">Nobody</p></doc>)";
  EXPECT_EQ(texts(walk(xml)), (std::vector<std::string>{"Canada", "Not Swiss"}));  // extract: all but "Nobody"
  WalkOptions fr_ca;
  fr_ca.locale = "fr-CA";
  EXPECT_EQ(texts(walk(xml, fr_ca)), (std::vector<std::string>{"Canada", "Not Swiss"}));
  WalkOptions de_ch;
  de_ch.locale = "de-CH";
  EXPECT_EQ(texts(walk(xml, de_ch)), (std::vector<std::string>{}));
  WalkOptions fr;
  fr.locale = "fr";
  EXPECT_EQ(texts(walk(xml, fr)), (std::vector<std::string>{"Not Swiss"}));
}

}  // namespace
}  // namespace xloc::its
