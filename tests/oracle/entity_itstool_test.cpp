// Oracle: entity references, xloc against itstool on a DocBook article
// whose text uses entities of its internal DTD subset
// (tests/data/xml/entities.xml). xloc never expands entities, so its peer
// is `itstool --keep-entities` (plain itstool expands internal entities,
// the msgid says "About Knee Helper"). Every difference is listed, each on
// purpose:
//  - in attribute values itstool -k still expands ("https://example.org/
//    knee/help"); xloc keeps "&site;/help" there too, as in text;
//  - a translation that uses a declared entity its msgid does not use
//    ("Arrêtez si &product; fait mal.") is taken by itstool, refused by
//    xloc: the DTD is the document's, and `xloc check` (which has only the
//    catalog) must say what export will do.
#include <gtest/gtest.h>

#include <filesystem>
#include <vector>

#include "base/file_system.h"
#include "catalog/po_reader.h"
#include "catalog/po_writer.h"
#include "its/unit_walker.h"
#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

std::string source() { return test::tests_dir() + "/data/xml/entities.xml"; }

std::vector<std::string> msgids(const std::string& pot) {
  auto c = read_po(test::read_file(pot), pot);
  EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().to_string());
  std::vector<std::string> out;
  if (c.ok())
    for (const Message& m : c->messages)
      if (!m.is_header()) out.push_back(m.msgid);
  return out;
}

std::vector<std::string> unit_texts(const std::string& path) {
  RealFileSystem fs;
  auto walked = its::walk_units(test::read_file(path), path, fs);
  EXPECT_TRUE(walked.ok()) << (walked.ok() ? "" : walked.error().to_string());
  std::vector<std::string> out;
  if (walked.ok())
    for (const its::Unit& u : walked->units) out.push_back(u.text);
  return out;
}

const char* const kAttributeXloc = "Get help on <link xlink:href=\"&site;/help\">the &product; site</link>.";
const char* const kAttributeItstool =
    "Get help on <link xlink:href=\"https://example.org/knee/help\">the &product; site</link>.";

bool have_tools() { return test::have_program("itstool") && test::have_program("msgfmt"); }

TEST(EntityItstoolOracle, MsgidsAreItstoolKeepEntitiesOnes) {
  if (!have_tools()) GTEST_SKIP() << "needs itstool and msgfmt";
  test::TempDir dir;
  ASSERT_EQ(test::run({"itstool", "-k", "-o", dir / "keep.pot", source()}).exit_code, 0);
  ASSERT_EQ(test::run({"itstool", "-o", dir / "expand.pot", source()}).exit_code, 0);
  auto x = test::run_xloc({"extract", "-o", dir / "xloc.pot", source()});
  ASSERT_EQ(x.exit_code, 0) << x.err;
  std::vector<std::string> theirs = msgids(dir / "keep.pot");
  const std::vector<std::string> ours = msgids(dir / "xloc.pot");
  ASSERT_EQ(theirs.size(), 6u);
  for (std::string& id : theirs)
    if (id == kAttributeItstool) id = kAttributeXloc;  // the one difference: itstool expands in attributes
  EXPECT_EQ(ours, theirs);
  EXPECT_EQ(msgids(dir / "expand.pot")[0], "About Knee Helper");  // why the peer is -k
}

TEST(EntityItstoolOracle, ExportAgreesWithItstoolKeepEntities) {
  if (!have_tools()) GTEST_SKIP() << "needs itstool and msgfmt";
  test::TempDir dir;
  // Both tools' msgid for the link unit, so that each translates it.
  const std::string link_fr = "Aide sur <link xlink:href=\\\"%s\\\">le site de &product;</link>.";
  auto link = [&](const std::string& href) {
    std::string s = link_fr;
    s.replace(s.find("%s"), 2, href);
    return s;
  };
  auto quoted = [](std::string s) {
    for (size_t at = s.find('"'); at != std::string::npos; at = s.find('"', at + 2)) s.insert(at, "\\");
    return s;
  };
  test::write_file(dir / "fr.po",
                   "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                   "msgid \"About &product;\"\nmsgstr \"À propos de &product;\"\n\n"
                   "msgid \"Install &product; &version; &amp; rest your knee.\"\n"
                   "msgstr \"Installez &product; &version; &amp; reposez votre genou.\"\n\n"
                   "msgid \"" + quoted(kAttributeXloc) + "\"\nmsgstr \"" + link("&site;/help") + "\"\n\n"
                   "msgid \"" + quoted(kAttributeItstool) + "\"\nmsgstr \"" + link("https://example.org/knee/help") + "\"\n\n"
                   "msgid \"Ask your doctor before &product; exercises.\"\n"
                   "msgstr \"Demandez à votre médecin avant les exercices de &produit;.\"\n\n"
                   "msgid \"Stop if it hurts.\"\nmsgstr \"Arrêtez si &product; fait mal.\"\n\n"
                   "msgid \"Escaped, not a reference: &amp;product;.\"\n"
                   "msgstr \"Échappé, pas une référence : &amp;product;.\"\n");
  ASSERT_EQ(test::run({"msgfmt", "-o", dir / "fr.mo", dir / "fr.po"}).exit_code, 0);
  std::filesystem::create_directories(dir / "itstool");
  auto i = test::run({"itstool", "-k", "-m", dir / "fr.mo", "-o", dir / "itstool/", source()});
  ASSERT_EQ(i.exit_code, 0) << i.err;
  EXPECT_NE(i.err.find("Could not merge fr translation for msgid:\nAsk your doctor"), std::string::npos) << i.err;
  auto x = test::run_xloc({"export", "--threshold", "0", "--catalog", dir / "fr.po", "-o", dir / "xloc.xml", source()});
  ASSERT_EQ(x.exit_code, 0) << x.err;

  const std::vector<std::string> theirs = unit_texts(dir / "itstool/entities.xml");
  const std::vector<std::string> ours = unit_texts(dir / "xloc.xml");
  const std::vector<std::string> expected_ours = {
      "À propos de &product;",
      "Installez &product; &version; &amp; reposez votre genou.",
      "Aide sur <link xlink:href=\"&site;/help\">le site de &product;</link>.",
      "Ask your doctor before &product; exercises.",  // both refuse the undeclared &produit;
      "Stop if it hurts.",                            // itstool takes "&product;", not in the msgid
      "Échappé, pas une référence : &amp;product;.",
  };
  EXPECT_EQ(ours, expected_ours);
  std::vector<std::string> expected_theirs = expected_ours;
  expected_theirs[2] = "Aide sur <link xlink:href=\"https://example.org/knee/help\">le site de &product;</link>.";
  expected_theirs[4] = "Arrêtez si &product; fait mal.";
  EXPECT_EQ(theirs, expected_theirs);
}


// What a project moving from itstool has: catalogs whose msgids hold the
// expanded text. Each translation must be applied, as itstool applies it.
TEST(EntityItstoolOracle, CatalogsWithItstoolsExpandedMsgidsKeepTheirTranslations) {
  if (!have_tools()) GTEST_SKIP() << "needs itstool and msgfmt";
  test::TempDir dir;
  ASSERT_EQ(test::run({"itstool", "-o", dir / "expand.pot", source()}).exit_code, 0);
  auto x = test::run_xloc({"extract", "--expand-entities", "-o", dir / "xloc.pot", source()});
  ASSERT_EQ(x.exit_code, 0) << x.err;
  EXPECT_EQ(msgids(dir / "xloc.pot"), msgids(dir / "expand.pot"));

  auto pot = read_po(test::read_file(dir / "expand.pot"), "expand.pot");
  ASSERT_TRUE(pot.ok());
  Catalog fr = *pot;
  for (Message& m : fr.messages) {
    if (m.is_header()) {
      m.msgstr[0] = "Language: fr\nContent-Type: text/plain; charset=UTF-8\n";
      continue;
    }
    m.msgstr[0] = "FR " + m.msgid;
  }
  test::write_file(dir / "fr.po", write_po(fr));
  ASSERT_EQ(test::run({"msgfmt", "-o", dir / "fr.mo", dir / "fr.po"}).exit_code, 0);
  std::filesystem::create_directories(dir / "itstool");
  auto i = test::run({"itstool", "-m", dir / "fr.mo", "-o", dir / "itstool/", source()});
  ASSERT_EQ(i.exit_code, 0) << i.err;
  auto e = test::run_xloc({"export", "--threshold", "100", "--catalog", dir / "fr.po", "-o", dir / "xloc.xml", source()});
  ASSERT_EQ(e.exit_code, 0) << e.err;  // every unit translated

  const std::vector<std::string> ours = unit_texts(dir / "xloc.xml");
  ASSERT_EQ(ours.size(), 6u);
  for (const std::string& t : ours) EXPECT_TRUE(t.starts_with("FR ")) << t;
  EXPECT_EQ(ours[0], "FR About Knee Helper");
  // itstool's edition has the same translated text, unit by unit.
  EXPECT_EQ(ours, unit_texts(dir / "itstool/entities.xml"));
}

}  // namespace
}  // namespace xloc
