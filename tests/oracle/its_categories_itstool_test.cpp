// Oracle: ITS categories at work, xloc against itstool on small documents
// of our own (tests/data/its/):
//  - attributes.xml: translate rules selecting attributes (//img/@alt,
//    //p/@title) make one message per value, in itstool's order, with
//    itstool's "(itstool) path: p/img@alt" note; export writes each
//    translated value escaped in place. itstool's export misses two of the
//    four (the title whose value has "&amp;", and the alt of an image
//    inside a translated paragraph): xloc translates all four, on purpose.
//  - notes-and-filters.xml: locNoteRef notes as itstool writes them, the
//    whole text of an its:locNote with child markup, local markup only on
//    its:span; same msgids and notes (itstool's extra "include locale"
//    notes aside).
//  - external.xml: externalResourceRefRule and itst:externalRefRule make
//    itstool's "external ref='figures/x.png' md5='…'" messages (md5
//    '__failed__' for a missing file), in its order; export writes a
//    translation naming another file ("external ref='figures/fr/x.png' …")
//    into the reference attribute, in text and out of it.
//  - ../xml/docbook4-article.xml: DocBook 4.5 (no namespace), chosen by its
//    DOCTYPE or root: the built-in DocBook 4 rules give itstool's msgids
//    (author, copyright, revision, mediaobject one message each, the
//    remark left out, the image's external ref); --no-builtin-rules refuses
//    it as a document with no rules.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "catalog/po_reader.h"
#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

std::string data(const std::string& name) { return test::tests_dir() + "/data/its/" + name; }

std::vector<Message> messages(const std::string& pot) {
  auto c = read_po(test::read_file(pot), pot);
  EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().to_string());
  std::vector<Message> out;
  if (c.ok())
    for (const Message& m : c->messages)
      if (!m.is_header()) out.push_back(m);
  return out;
}

std::vector<std::string> ids(const std::vector<Message>& ms) {
  std::vector<std::string> out;
  for (const Message& m : ms) out.push_back(m.msgid);
  return out;
}

bool have_itstool() { return test::have_program("itstool"); }

TEST(ItsCategoriesOracle, AttributeMessagesAreItstoolOnes) {
  if (!have_itstool()) GTEST_SKIP() << "needs itstool";
  test::TempDir dir;
  ASSERT_EQ(test::run({"itstool", "-o", dir / "it.pot", data("attributes.xml")}).exit_code, 0);
  auto x = test::run_xloc({"extract", "-o", dir / "x.pot", data("attributes.xml")});
  ASSERT_EQ(x.exit_code, 0) << x.err;
  const auto theirs = messages(dir / "it.pot"), ours = messages(dir / "x.pot");
  EXPECT_EQ(ids(ours), (std::vector<std::string>{"A &amp; B", "An \"image\"", "Text with <_:img-1/> inside.",
                                                 "Top level"}));
  EXPECT_EQ(ids(ours), ids(theirs));
  ASSERT_EQ(ours.size(), 4u);
  EXPECT_EQ(ours[1].extracted_comments, (std::vector<std::string>{"(itstool) path: p/img@alt"}));
  EXPECT_EQ(ours[1].extracted_comments, theirs[1].extracted_comments);
}

TEST(ItsCategoriesOracle, ExportWritesTranslatedAttributesEscaped) {
  test::TempDir dir;
  test::write_file(dir / "fr.po",
                   "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                   "msgid \"A &amp; B\"\nmsgstr \"A &amp; B <fr> \\\"q\\\"\"\n\n"
                   "msgid \"An \\\"image\\\"\"\nmsgstr \"Une \\\"image\\\" & co\"\n\n"
                   "msgid \"Text with <_:img-1/> inside.\"\nmsgstr \"Texte avec <_:img-1/> dedans.\"\n\n"
                   "msgid \"Top level\"\nmsgstr \"Haut\\tniveau\"\n");
  auto x = test::run_xloc({"export", "--catalog", dir / "fr.po", "-o", dir / "x.xml", data("attributes.xml")});
  ASSERT_EQ(x.exit_code, 0) << x.err;
  const std::string out = test::read_file(dir / "x.xml");
  EXPECT_NE(out.find("<p title=\"A &amp; B &lt;fr> &quot;q&quot;\">Texte avec <img src=\"x.png\" "
                     "alt=\"Une &quot;image&quot; &amp; co\"/> dedans.</p>"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("<img src=\"y.png\" alt=\"Haut&#9;niveau\"/>"), std::string::npos) << out;
  if (!have_itstool() || !test::have_program("msgfmt")) return;
  ASSERT_EQ(test::run({"msgfmt", "-o", dir / "fr.mo", dir / "fr.po"}).exit_code, 0);
  ASSERT_EQ(test::run({"itstool", "-m", dir / "fr.mo", "-o", dir / "it.xml", data("attributes.xml")}).exit_code, 0);
  const std::string theirs = test::read_file(dir / "it.xml");
  EXPECT_NE(theirs.find("<img src=\"y.png\" alt=\"Haut&#9;niveau\"/>"), std::string::npos) << theirs;
  EXPECT_NE(theirs.find("<p title=\"A &amp; B\">"), std::string::npos) << theirs;  // itstool's miss
}

TEST(ItsCategoriesOracle, NotesAndLocalMarkupAreItstoolOnes) {
  if (!have_itstool()) GTEST_SKIP() << "needs itstool";
  test::TempDir dir;
  ASSERT_EQ(test::run({"itstool", "-o", dir / "it.pot", data("notes-and-filters.xml")}).exit_code, 0);
  auto x = test::run_xloc({"extract", "-o", dir / "x.pot", data("notes-and-filters.xml")});
  ASSERT_EQ(x.exit_code, 0) << x.err;
  const auto theirs = messages(dir / "it.pot"), ours = messages(dir / "x.pot");
  EXPECT_EQ(ids(ours), ids(theirs));
  ASSERT_EQ(ours.size(), 5u);
  ASSERT_EQ(theirs.size(), 5u);
  // itstool's notes without its "(itstool) path:" and locale lines.
  for (size_t i = 0; i < ours.size(); ++i) {
    std::vector<std::string> expected;
    for (const std::string& c : theirs[i].extracted_comments)
      if (!c.starts_with("(itstool) path:") && c.find("locale:") == std::string::npos) expected.push_back(c);
    EXPECT_EQ(ours[i].extracted_comments, expected) << ours[i].msgid;
  }
}

TEST(ItsCategoriesOracle, LocaleFiltersPerLocaleAtExport) {
  test::TempDir dir;
  auto exported = [&](const std::string& locale) {
    test::write_file(dir / "c.po", "msgid \"\"\nmsgstr \"\"\n\"Language: " + locale +
                                       "\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n");
    auto x = test::run_xloc({"export", "--threshold", "0", "--catalog", dir / "c.po", "-o", dir / "x.xml",
                             data("notes-and-filters.xml")});
    EXPECT_EQ(x.exit_code, 0) << x.err;
    return test::read_file(dir / "x.xml");
  };
  const std::string fr_ca = exported("fr_CA"), de_ch = exported("de_CH"), fr = exported("fr");
  EXPECT_NE(fr_ca.find("Canada only"), std::string::npos);
  EXPECT_NE(fr_ca.find("Not for Switzerland"), std::string::npos);
  EXPECT_EQ(de_ch.find("Canada only"), std::string::npos);
  EXPECT_EQ(de_ch.find("Not for Switzerland"), std::string::npos);
  EXPECT_EQ(fr.find("Canada only"), std::string::npos);
  EXPECT_NE(fr.find("Not for Switzerland"), std::string::npos);
}

TEST(ItsCategoriesOracle, ExternalResourcesAreItstoolMessages) {
  if (!have_itstool()) GTEST_SKIP() << "needs itstool";
  test::TempDir dir;
  ASSERT_EQ(test::run({"itstool", "-o", dir / "it.pot", data("external.xml")}).exit_code, 0);
  auto x = test::run_xloc({"extract", "-o", dir / "x.pot", data("external.xml")});
  ASSERT_EQ(x.exit_code, 0) << x.err;
  const auto theirs = messages(dir / "it.pot"), ours = messages(dir / "x.pot");
  EXPECT_EQ(ids(ours), ids(theirs));
  ASSERT_EQ(ours.size(), 4u);
  EXPECT_EQ(ours[0].msgid, "external ref='figures/x.png' md5='0b75926ab9a9f9fe7d6008245c09352e'");
  EXPECT_EQ(ours[0].msgctxt, "_");
  EXPECT_EQ(ours[0].references.size(), 2u);
  EXPECT_EQ(ours[2].msgid, "external ref='missing.ogv' md5='__failed__'");
}

TEST(ItsCategoriesOracle, ExportUsesTheLocalizedExternalResource) {
  test::TempDir dir;
  test::write_file(dir / "fr.po",
                   "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                   "msgctxt \"_\"\nmsgid \"external ref='figures/x.png' md5='0b75926ab9a9f9fe7d6008245c09352e'\"\n"
                   "msgstr \"external ref='figures/fr/x.png' md5='0b75926ab9a9f9fe7d6008245c09352e'\"\n\n"
                   "msgctxt \"_\"\nmsgid \"external ref='missing.ogv' md5='__failed__'\"\nmsgstr \"whatever\"\n\n"
                   "msgid \"See <_:img-1/> here.\"\nmsgstr \"Voir <_:img-1/> ici.\"\n");
  auto x = test::run_xloc({"export", "--threshold", "0", "--catalog", dir / "fr.po", "-o", dir / "x.xml",
                           data("external.xml")});
  ASSERT_EQ(x.exit_code, 0) << x.err;
  const std::string out = test::read_file(dir / "x.xml");
  EXPECT_NE(out.find("<p>Voir <img src=\"figures/fr/x.png\"/> ici.</p>"), std::string::npos) << out;
  EXPECT_NE(out.find("\n  <img src=\"figures/fr/x.png\"/>\n"), std::string::npos) << out;
  EXPECT_NE(out.find("href=\"missing.ogv\""), std::string::npos) << out;  // "whatever" names no file
}

TEST(ItsCategoriesOracle, DocBook4ArticleGivesItstoolMsgids) {
  if (!have_itstool()) GTEST_SKIP() << "needs itstool";
  const std::string source = test::tests_dir() + "/data/xml/docbook4-article.xml";
  test::TempDir dir;
  ASSERT_EQ(test::run({"itstool", "-o", dir / "it.pot", source}).exit_code, 0);
  auto x = test::run_xloc({"extract", "-o", dir / "x.pot", source});
  ASSERT_EQ(x.exit_code, 0) << x.err;
  const auto ours = ids(messages(dir / "x.pot"));
  EXPECT_EQ(ours, ids(messages(dir / "it.pot")));
  EXPECT_NE(std::find(ours.begin(), ours.end(), "<firstname>Ada</firstname> <surname>Example</surname> "
                                                "<affiliation> <orgname>Example Project</orgname> </affiliation>"),
            ours.end());
  auto refused = test::run_xloc({"extract", "--no-builtin-rules", "-o", dir / "n.pot", source});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("no ITS rules"), std::string::npos) << refused.err;
}

}  // namespace
}  // namespace xloc
