// run_release() on a small DocBook project held in a MemoryFileSystem.
#include "release/release.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

namespace xloc {
namespace {

constexpr const char* kArticle =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\">\n"
    "  <title>Knee care</title>\n"
    "  <para>Rest the <emphasis>knee</emphasis> often.</para>\n"
    "  <para>Ask your doctor.</para>\n"
    "</article>\n";

std::string catalog(const std::string& lang, const std::string& title, const std::string& para1,
                    const std::string& para2) {
  return "msgid \"\"\nmsgstr \"\"\n"
         "\"Project-Id-Version: knee\\n\"\n"
         "\"PO-Revision-Date: 2026-11-0" + std::to_string(lang.size()) + " 10:00+0000\\n\"\n"
         "\"Language: " + lang + "\\n\"\n"
         "\"MIME-Version: 1.0\\n\"\n"
         "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
         "\"Content-Transfer-Encoding: 8bit\\n\"\n"
         "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n"
         "msgid \"Knee care\"\nmsgstr \"" + title + "\"\n\n"
         "msgid \"Rest the <emphasis>knee</emphasis> often.\"\nmsgstr \"" + para1 + "\"\n\n"
         "msgid \"Ask your doctor.\"\nmsgstr \"" + para2 + "\"\n";
}

constexpr const char* kTemplate =
    "msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: knee\\n\"\n\"POT-Creation-Date: 2026-11-01 09:00+0000\\n\"\n"
    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
    "msgid \"Knee care\"\nmsgstr \"\"\n\n"
    "msgid \"Rest the <emphasis>knee</emphasis> often.\"\nmsgstr \"\"\n\n"
    "msgid \"Ask your doctor.\"\nmsgstr \"\"\n";

void add_project(MemoryFileSystem& fs) {
  fs.add("p/content/knee.xml", kArticle);
  fs.add("p/po/POTFILES.in", "content/knee.xml\n");
  fs.add("p/po/LINGUAS", "de nl sv\n");
  fs.add("p/po/knee.pot", kTemplate);
  // de: complete and clean. nl: one message of three. sv: complete, but the
  // translator broke the markup.
  fs.add("p/po/de.po", catalog("de", "Kniepflege", "Schonen Sie das <emphasis>Knie</emphasis> oft.",
                               "Fragen Sie Ihre Ärztin oder Ihren Arzt."));
  fs.add("p/po/nl.po", catalog("nl", "Kniezorg", "", ""));
  fs.add("p/po/sv.po", catalog("sv", "Knävård", "Vila <emphasis>knät</emph> ofta.", "Fråga din läkare."));
}

ReleaseOptions options_for_test() {
  ReleaseOptions options;
  options.project_dir = "p";
  options.out_dir = "out";
  options.jobs = 2;
  return options;
}

TEST(Release, ShipsGoodLocalesAndSaysWhyOthersAreHeldBack) {
  MemoryFileSystem fs;
  add_project(fs);
  auto outcome = run_release(fs, options_for_test());
  ASSERT_TRUE(outcome) << outcome.error().to_string();
  EXPECT_EQ(outcome->domain, "knee");
  EXPECT_FALSE(outcome->template_stale) << outcome->template_note;
  ASSERT_EQ(outcome->locales.size(), 3u);

  const LocaleOutcome& de = outcome->locales[0];
  EXPECT_TRUE(de.shipped);
  EXPECT_EQ(de.completion.translated, 3u);
  ASSERT_EQ(de.editions.size(), 1u);
  EXPECT_EQ(de.editions[0].path, "de/knee.xml");

  const LocaleOutcome& nl = outcome->locales[1];
  EXPECT_FALSE(nl.shipped);
  EXPECT_EQ(nl.reasons, std::vector<std::string>{"1 of 3 messages translated (33.3%), below the 80.0% threshold"});

  const LocaleOutcome& sv = outcome->locales[2];
  EXPECT_FALSE(sv.shipped);
  ASSERT_FALSE(sv.reasons.empty());
  EXPECT_EQ(sv.reasons[0], "1 check error; run: xloc check po/sv.po");
  ASSERT_FALSE(sv.findings.empty());
  EXPECT_EQ(sv.findings[0].check, "markup");
  EXPECT_EQ(sv.findings[0].where.file, "po/sv.po");

  const auto files = fs.files();
  ASSERT_TRUE(files.count("out/editions/de/knee.xml"));
  EXPECT_FALSE(files.count("out/editions/nl/knee.xml"));
  EXPECT_FALSE(files.count("out/editions/sv/knee.xml"));
  const std::string& edition = files.at("out/editions/de/knee.xml");
  EXPECT_NE(edition.find("<title>Kniepflege</title>"), std::string::npos) << edition;
  EXPECT_NE(edition.find("xml:lang=\"de\""), std::string::npos) << edition;
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(edition.c_str()));

  auto manifest = nlohmann::json::parse(files.at("out/editions/manifest.json"));
  EXPECT_EQ(manifest["shipped"], 1);
  EXPECT_EQ(manifest["locales"]["de"]["editions"][0]["sha256"], de.editions[0].sha256);
  EXPECT_EQ(manifest["locales"]["sv"]["status"], "held-back");
  EXPECT_NE(files.at("out/report.html").find("data-locale=\"sv\" data-status=\"held-back\""), std::string::npos);
  // Catalogs are never touched.
  EXPECT_EQ(files.at("p/po/de.po").find("Kniepflege") != std::string::npos, true);
  EXPECT_EQ(outcome->generated_from, "2026-11-02 10:00+0000");
}

TEST(Release, IsDeterministicWhateverTheNumberOfJobs) {
  MemoryFileSystem one, two;
  add_project(one);
  add_project(two);
  ReleaseOptions serial = options_for_test();
  serial.jobs = 1;
  ASSERT_TRUE(run_release(one, serial));
  ASSERT_TRUE(run_release(two, options_for_test()));
  EXPECT_EQ(one.files(), two.files());
}

TEST(Release, RemovesTheEditionOfALocaleThatIsNowHeldBack) {
  MemoryFileSystem fs;
  add_project(fs);
  fs.add("out/editions/nl/knee.xml", "<old/>");
  ASSERT_TRUE(run_release(fs, options_for_test()));
  EXPECT_FALSE(fs.exists("out/editions/nl/knee.xml"));
}

TEST(Release, SaysWhenTheCommittedTemplateIsStale) {
  MemoryFileSystem fs;
  add_project(fs);
  std::string stale = kTemplate;
  stale.replace(stale.find("Ask your doctor."), 16, "Ask a doctor.");
  fs.add("p/po/knee.pot", stale);
  auto outcome = run_release(fs, options_for_test());
  ASSERT_TRUE(outcome);
  EXPECT_TRUE(outcome->template_stale);
  EXPECT_EQ(outcome->template_note,
            "A fresh extraction has 1 message(s) the committed template lacks and lacks 1 it has.");
}

TEST(Release, BadProjectWritesNothing) {
  MemoryFileSystem fs;
  add_project(fs);
  fs.add("p/po/LINGUAS", "de ../../etc\n");
  auto outcome = run_release(fs, options_for_test());
  ASSERT_FALSE(outcome);
  EXPECT_EQ(outcome.error().code, "bad-locale");
  for (const auto& [path, contents] : fs.files()) EXPECT_NE(path.rfind("out/", 0), 0u) << path;
}

TEST(Release, MalformedSourceIsAnErrorWithItsPosition) {
  MemoryFileSystem fs;
  add_project(fs);
  fs.add("p/content/knee.xml", "<article xmlns=\"http://docbook.org/ns/docbook\">\n<para>open\n</article>\n");
  auto outcome = run_release(fs, options_for_test());
  ASSERT_FALSE(outcome);
  EXPECT_EQ(outcome.error().code, "malformed-xml");
  EXPECT_EQ(outcome.error().where.file, "p/content/knee.xml");
  EXPECT_GT(outcome.error().where.line, 0);
  EXPECT_TRUE(fs.files().count("out/editions/manifest.json") == 0);
}

TEST(Release, MalformedCatalogHoldsBackOnlyItsLocale) {
  MemoryFileSystem fs;
  add_project(fs);
  fs.add("p/po/nl.po", "msgid \"unterminated\nmsgstr \"\"\n");
  auto outcome = run_release(fs, options_for_test());
  ASSERT_TRUE(outcome);
  EXPECT_TRUE(outcome->locales[0].shipped);
  const LocaleOutcome& nl = outcome->locales[1];
  EXPECT_FALSE(nl.shipped);
  ASSERT_EQ(nl.findings.size(), 1u);
  EXPECT_EQ(nl.findings[0].check, "syntax");
  EXPECT_EQ(nl.reasons[0].rfind("catalog is malformed: po/nl.po:1:", 0), 0u) << nl.reasons[0];
}

}  // namespace
}  // namespace xloc
