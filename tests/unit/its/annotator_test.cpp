// Tests the annotator: local markup beats rules, the last rule wins,
// linked rules come before the linking its:rules, inheritance and defaults
// on elements and attributes.
#include "its/annotator.h"

#include <gtest/gtest.h>

#include "base/file_system.h"

namespace xloc::its {
namespace {

pugi::xml_node child(pugi::xml_node n, size_t index) {
  for (pugi::xml_node c : n.children())
    if (c.type() == pugi::node_element && index-- == 0) return c;
  return {};
}

TEST(Annotator, PrecedenceInheritanceAndAttributes) {
  MemoryFileSystem fs;
  ASSERT_TRUE(fs.write_atomic("linked.its", R"(<its:rules xmlns:its="http://www.w3.org/2005/11/its" version="2.0">
  <its:translateRule selector="//p" translate="no"/>
  <its:dirRule selector="//q" dir="rtl"/>
</its:rules>)").ok());
  const std::string xml = R"(<doc xmlns:its="http://www.w3.org/2005/11/its" xmlns:xlink="http://www.w3.org/1999/xlink">
<its:rules version="2.0" xlink:href="linked.its">
  <its:translateRule selector="//p[2]" translate="yes"/>
  <its:translateRule selector="//p/@title" translate="yes"/>
  <its:locNoteRule selector="//q" locNoteRef="n.html#q" locNoteType="alert"/>
</its:rules>
<p title="T" alt="A">one</p><p>two</p><q xml:lang="fr"><its:span translate="no" dir="ltr">x</its:span></q></doc>)";
  auto a = Annotator::annotate(xml, "doc.xml", fs, {{}, false, true});
  ASSERT_TRUE(a.ok()) << a.error().to_string();
  const Annotator& an = **a;
  const ItsValues root = an.root_values();
  EXPECT_TRUE(root.translate);
  const pugi::xml_node p1 = child(an.root(), 1), p2 = child(an.root(), 2), q = child(an.root(), 3);
  const ItsValues v1 = an.element_values(p1, root), v2 = an.element_values(p2, root), vq = an.element_values(q, root);
  EXPECT_FALSE(v1.translate);  // the linked rule
  EXPECT_TRUE(v2.translate);   // the document's rule comes after it
  auto attribute = [&](pugi::xml_node e, size_t i) {
    pugi::xml_attribute at = e.first_attribute();
    while (i-- > 0) at = at.next_attribute();
    return at;
  };
  EXPECT_TRUE(an.attribute_values(p1, attribute(p1, 0), v1).translate);    // @title selected
  EXPECT_FALSE(an.attribute_values(p1, attribute(p1, 1), v1).translate);   // @alt: attributes default to no
  EXPECT_EQ(vq.dir, Direction::kRtl);
  EXPECT_EQ(vq.lang, "fr");
  ASSERT_TRUE(vq.loc_note.has_value());
  EXPECT_EQ(*vq.loc_note, "n.html#q");
  EXPECT_TRUE(vq.loc_note_is_reference);
  EXPECT_TRUE(vq.loc_note_alert);
  const ItsValues span = an.element_values(child(q, 0), vq);
  EXPECT_FALSE(span.translate);  // unprefixed ITS attributes on its:span are local markup
  EXPECT_EQ(span.dir, Direction::kLtr);
  EXPECT_EQ(span.lang, "fr");     // inherited
  EXPECT_TRUE(span.loc_note.has_value());  // notes are inherited ...
  EXPECT_FALSE(span.loc_note_own);          // ... but not the span's own
}

TEST(Annotator, LocalMarkupAloneIsEnoughAndNoMarkupIsRefused) {
  MemoryFileSystem fs;
  EXPECT_TRUE(Annotator::annotate(R"(<doc xmlns:its="http://www.w3.org/2005/11/its"><p its:translate="no">x</p></doc>)",
                                  "doc.xml", fs)
                  .ok());
  auto refused = Annotator::annotate("<doc><p>x</p></doc>", "doc.xml", fs);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, "no-rules");
  AnnotateOptions listing;
  listing.require_rules = false;
  EXPECT_TRUE(Annotator::annotate("<doc><p>x</p></doc>", "doc.xml", fs, listing).ok());
}

TEST(Annotator, ItstMatchChoosesRuleSets) {
  MemoryFileSystem fs;
  // No DOCTYPE: DocBook 4 is chosen by the root element (its itst:match).
  auto db4 = Annotator::annotate("<article><para>x <remark>r</remark></para></article>", "a.xml", fs);
  ASSERT_TRUE(db4.ok()) << db4.error().to_string();
  pugi::xml_node para = child((*db4)->root(), 0);
  const ItsValues pv = (*db4)->element_values(para, (*db4)->root_values());
  EXPECT_EQ((*db4)->element_values(child(para, 0), pv).locale_filter_list, "");  // remark: for no locale
  // Another root without namespace: no built-in set.
  EXPECT_FALSE(Annotator::annotate("<doc><para>x</para></doc>", "a.xml", fs).ok());
  // A --rules file with itst:match applies only where a match selects something.
  auto rules = [](const std::string& match) {
    RuleSet set;
    Rule m;
    m.kind = RuleKind::kMatch;
    m.selector = match;
    Rule t;
    t.kind = RuleKind::kTranslate;
    t.selector = "//p";
    t.value = "no";
    set.rules = {m, t};
    return set;
  };
  AnnotateOptions applies{{rules("/doc")}, true, true};
  auto yes = Annotator::annotate("<doc><p>x</p></doc>", "a.xml", fs, applies);
  ASSERT_TRUE(yes.ok()) << yes.error().to_string();
  EXPECT_FALSE((*yes)->element_values(child((*yes)->root(), 0), (*yes)->root_values()).translate);
  AnnotateOptions skipped{{rules("/other")}, true, false};
  auto no = Annotator::annotate("<doc><p>x</p></doc>", "a.xml", fs, skipped);
  ASSERT_TRUE(no.ok()) << no.error().to_string();
  EXPECT_TRUE((*no)->element_values(child((*no)->root(), 0), (*no)->root_values()).translate);
}

}  // namespace
}  // namespace xloc::its
