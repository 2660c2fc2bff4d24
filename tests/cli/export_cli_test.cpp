// End-to-end tests of `xloc export`: a localized article that is still
// valid DocBook 5, the threshold (exit 1, nothing written), bad input
// (exit 2, nothing written).
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "catalog/po_reader.h"
#include "catalog/po_writer.h"
#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

using test::run_xloc;

// A German catalog for the article: every message "translated" to its
// msgid in brackets (markup kept), one left fuzzy, one with broken markup.
std::string make_catalog(const test::TempDir& dir, size_t leave_untranslated = 0) {
  auto r = run_xloc({"extract", "--rules", "content/knee-health.its", "-o", dir / "kh.pot", "content/knee-health.xml"},
                    test::source_dir());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto pot = read_po(test::read_file(dir / "kh.pot"), "kh.pot");
  EXPECT_TRUE(pot.ok());
  Catalog c = *pot;
  Header h = c.header();
  h.set("Language", "de");
  c.set_header(h);
  c.header_entry()->remove_flag("fuzzy");
  size_t n = 0;
  for (Message& m : c.messages) {
    if (m.msgctxt && *m.msgctxt == "_" && m.msgid == "translator-credits")
      m.msgstr = {"Test Translator <t@example.org>, 2026"};
    if (m.is_header() || m.msgctxt) continue;
    ++n;
    if (n <= leave_untranslated) continue;
    m.msgstr = {"[" + m.msgid + "]"};
    if (n == leave_untranslated + 1) m.add_flag("fuzzy");
    if (n == leave_untranslated + 2 && m.msgid.find("<emphasis") == std::string::npos) m.msgstr = {"[<emphasis>x]"};
  }
  const std::string path = dir / "de.po";
  test::write_file(path, write_po(c));
  return path;
}

TEST(ExportCli, ArticleEditionIsValidDocBook) {
  test::TempDir dir;
  const std::string po = make_catalog(dir);
  auto r = run_xloc({"export", "--catalog", po, "--rules", "content/knee-health.its", "-o", dir / "de.xml",
                     "content/knee-health.xml"},
                    test::source_dir());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("xloc export: de: 18 of 20 units translated; source text kept for 1 broken markup, 1 fuzzy"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("warning: broken markup: the markup is not well-formed"), std::string::npos) << r.err;
  const std::string xml = test::read_file(dir / "de.xml");
  EXPECT_NE(xml.find("xml:lang=\"de\""), std::string::npos);
  EXPECT_NE(xml.find(" xml:lang=\"en\">"), std::string::npos);
  EXPECT_NE(xml.find("<othercredit class=\"translator\"><personname>Test Translator</personname>"),
            std::string::npos);
  const char* schema = "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng";
  if (!test::have_program("jing") || !std::filesystem::exists(schema)) GTEST_SKIP() << "needs jing and docbook5-xml";
  auto v = test::run({"jing", schema, dir / "de.xml"});
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
}

// extract -> translate -> export on a document whose text uses entities
// declared in its internal DTD subset (tests/data/xml/entities.xml): the
// msgids keep the references, translations that keep them export them as
// references, and a renamed or added one keeps the source text. The
// edition is well-formed XML whose every entity is declared (xmllint
// resolves them).
TEST(ExportCli, EntityReferencesSurviveExtractTranslateExport) {
  test::TempDir dir;
  const std::string xml = test::tests_dir() + "/data/xml/entities.xml";
  auto x = run_xloc({"extract", "-o", dir / "e.pot", xml});
  ASSERT_EQ(x.exit_code, 0) << x.err;
  auto pot = read_po(test::read_file(dir / "e.pot"), "e.pot");
  ASSERT_TRUE(pot.ok()) << pot.error().to_string();
  const std::map<std::string, std::string> fr = {
      {"About &product;", "À propos de &product;"},
      {"Install &product; &version; &amp; rest your knee.", "Installez &product; &version; &amp; reposez votre genou."},
      {"Get help on <link xlink:href=\"&site;/help\">the &product; site</link>.",
       "Aide sur <link xlink:href=\"&site;/help\">le site de &product;</link>."},
      {"Ask your doctor before &product; exercises.", "Demandez à votre médecin avant les exercices de &produit;."},
      {"Stop if it hurts.", "Arrêtez si &product; fait mal."},
      {"Escaped, not a reference: &amp;product;.", "Échappé, pas une référence : &amp;product;."},
  };
  Catalog c = *pot;
  Header h = c.header();
  h.set("Language", "fr");
  c.set_header(h);
  c.header_entry()->remove_flag("fuzzy");
  size_t translated = 0;
  for (Message& m : c.messages) {
    if (m.is_header()) continue;
    auto it = fr.find(m.msgid);
    ASSERT_NE(it, fr.end()) << "unexpected msgid: " << m.msgid;
    m.msgstr = {it->second};
    ++translated;
  }
  EXPECT_EQ(translated, fr.size());
  test::write_file(dir / "fr.po", write_po(c));
  auto written = read_po(test::read_file(dir / "fr.po"), dir / "fr.po");
  ASSERT_TRUE(written.ok());
  auto line_of = [&](size_t i) { return std::to_string(written->messages[i].msgstr_location.line); };

  auto e = run_xloc({"export", "--threshold", "0", "--catalog", dir / "fr.po", "-o", dir / "fr.xml", xml});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  EXPECT_EQ(e.err, dir / "fr.po" + ":" + line_of(4) +
                       ":1: warning: broken markup: the entity reference '&produit;' is not in the source; " + xml +
                       ":13 keeps the source text\n" + dir / "fr.po" + ":" +
                       line_of(5) +
                       ":1: warning: broken markup: the entity reference '&product;' is not in the source; " + xml +
                       ":14 keeps the source text\n"
                       "xloc export: fr: 4 of 6 units translated; source text kept for 2 broken markup\n");
  std::string expected = test::read_file(xml);
  auto swap = [&](const std::string& from, const std::string& to) {
    const size_t at = expected.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    expected.replace(at, from.size(), to);
  };
  swap("<article xmlns=", "<article xml:lang=\"fr\" xmlns=");
  swap("<title>About &product;</title>", "<title>À propos de &product;</title>");
  swap("Install &product; &version; &amp; rest your knee.", "Installez &product; &version; &amp; reposez votre genou.");
  swap("Get help on <link xlink:href=\"&site;/help\">the &product; site</link>.",
       "Aide sur <link xlink:href=\"&site;/help\">le site de &product;</link>.");
  swap("<para>Ask", "<para xml:lang=\"en\">Ask");
  swap("<para>Stop", "<para xml:lang=\"en\">Stop");
  swap("Escaped, not a reference: &amp;product;.", "Échappé, pas une référence : &amp;product;.");
  EXPECT_EQ(test::read_file(dir / "fr.xml"), expected);
  if (!test::have_program("xmllint")) GTEST_SKIP() << "needs xmllint";
  auto lint = test::run({"xmllint", "--noout", dir / "fr.xml"});
  EXPECT_EQ(lint.exit_code, 0) << lint.err;
}

TEST(ExportCli, BelowThresholdExits1AndWritesNothing) {
  test::TempDir dir;
  const std::string po = make_catalog(dir, 10);
  auto r = run_xloc({"export", "--catalog", po, "--threshold", "90", "--rules", "content/knee-health.its", "-o",
                     dir / "de.xml", "content/knee-health.xml"},
                    test::source_dir());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("xloc export: de: 40.0% of units translated (8 of 20), below the threshold of 90%; nothing "
                       "written\n"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "de.xml"));
}

TEST(ExportCli, BadInputExits2AndWritesNothing) {
  test::TempDir dir;
  test::write_file(dir / "bad.po", "msgid \"a\"\nmsgstr \"b\n");
  test::write_file(dir / "bad.xml", "<article xmlns=\"http://docbook.org/ns/docbook\"><para>x</article>");
  const std::string good_po = make_catalog(dir);
  struct Case {
    std::vector<std::string> args;
    const char* needle;
  } cases[] = {
      {{"--catalog", dir / "bad.po", dir / "bad.xml"}, "bad.po:2:"},
      {{"--catalog", good_po, dir / "bad.xml"}, "bad.xml:1:55: error: malformed XML: the end tag </article> does not match the start tag <para>"},
      {{"--catalog", dir / "missing.po", dir / "bad.xml"}, "missing.po"},
      {{"--catalog", good_po, "--threshold", "120", dir / "bad.xml"}, "--threshold"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = {"export", "-o", dir / "out.xml"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    auto r = run_xloc(args);
    EXPECT_EQ(r.exit_code, 2) << c.needle;
    EXPECT_NE(r.err.find(c.needle), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "out.xml"));
  }
}


// A Latin-1 Mallard page: extract reads it, the catalog is UTF-8, the
// edition is Latin-1 again, byte for byte outside the translation, with a
// character reference for the one character Latin-1 lacks; xmllint reads it.
TEST(ExportCli, ALatin1SourceGivesALatin1Edition) {
  test::TempDir dir;
  const std::string head = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!-- \xa9 2026 -->\n"
                           "<page xmlns=\"http://projectmallard.org/1.0/\" id=\"c\">\n";
  test::write_file(dir / "c.page", head + "<title>Caf\xe9</title>\n<p>Men\xfc</p>\n</page>\n");
  auto x = run_xloc({"extract", "-o", dir / "c.pot", dir / "c.page"});
  ASSERT_EQ(x.exit_code, 0) << x.err;
  const std::string pot = test::read_file(dir / "c.pot");
  EXPECT_NE(pot.find("msgid \"Caf\xc3\xa9\""), std::string::npos) << pot;
  test::write_file(dir / "de.po",
                   "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                   "msgid \"Caf\xc3\xa9\"\nmsgstr \"Caf\xc3\xa9 \xe2\x82\xac\"\n\n"
                   "msgid \"Men\xc3\xbc\"\nmsgstr \"Speisekarte\"\n");
  auto e = run_xloc({"export", "--catalog", dir / "de.po", "-o", dir / "de.page", dir / "c.page"});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  std::string want = head;
  want.insert(want.find(" xmlns="), " xml:lang=\"de\"");
  EXPECT_EQ(test::read_file(dir / "de.page"), want + "<title>Caf\xe9 &#x20AC;</title>\n<p>Speisekarte</p>\n</page>\n");
  if (test::have_program("xmllint")) {
    EXPECT_EQ(test::run({"xmllint", "--noout", "--nonet", dir / "de.page"}).exit_code, 0);
  }
}

}  // namespace
}  // namespace xloc
