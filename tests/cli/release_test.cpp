// End-to-end: `xloc release` on a copy of the bundled project, and its HTML
// report rendered in headless Chromium.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <pugixml.hpp>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;
using test::run_xloc;

// content/ and po/ of the repository, copied so the test can't touch them.
void copy_bundled_project(const std::string& to) {
  for (const char* dir : {"content", "po"})
    fs::copy(test::source_dir() + "/" + dir, to + "/" + dir, fs::copy_options::recursive);
}

// Chromium serializes the DOM as HTML: void elements are not closed and a
// doctype comes first. Close them so an XML parser can read the rest.
std::string html_dom_as_xml(const std::string& html) {
  static const std::regex void_element("<(meta|br|link|img|input|hr)\\b([^>]*?)/?>");
  std::string body = html.substr(std::min(html.find("<html"), html.size()));
  return std::regex_replace(body, void_element, "<$1$2/>");
}

const char* const kShipped[] = {"de", "es", "fr", "pt_BR", "pl", "ru", "ar", "ja"};

TEST(CliRelease, ShipsEightEditionsAndHoldsBackTwo) {
  test::TempDir dir;
  copy_bundled_project(dir.path());
  auto r = run_xloc({"release", "--project", dir.path(), "--out", dir / "out"});
  EXPECT_EQ(r.exit_code, 1) << r.err;  // two locales held back: problems found
  EXPECT_NE(r.out.find("knee-health: 8 of 10 locales shipped, 2 held back (threshold 80%)"), std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("is stale"), std::string::npos) << "the committed po/knee-health.pot must be fresh\n" << r.out;

  auto manifest = nlohmann::json::parse(test::read_file(dir / "out/editions/manifest.json"));
  for (const char* lang : kShipped) {
    SCOPED_TRACE(lang);
    EXPECT_EQ(manifest["locales"][lang]["status"], "shipped");
    EXPECT_EQ(manifest["locales"][lang]["checks"]["errors"], 0);
    const std::string edition = test::read_file(dir / ("out/editions/" + std::string(lang) + "/knee-health.xml"));
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(edition.c_str())) << "edition is not well-formed";
    EXPECT_EQ(doc.document_element().attribute("xml:lang").value(),
              std::string(lang) == "pt_BR" ? std::string("pt-BR") : std::string(lang));
  }
  for (const char* lang : {"he", "zh_CN"}) {
    SCOPED_TRACE(lang);
    EXPECT_EQ(manifest["locales"][lang]["status"], "held-back");
    EXPECT_NE(manifest["locales"][lang]["reasons"][0].get<std::string>().find("below the 80.0% threshold"),
              std::string::npos);
    EXPECT_FALSE(fs::exists(dir / ("out/editions/" + std::string(lang))));
  }
  // Arabic is written right to left.
  EXPECT_NE(test::read_file(dir / "out/editions/ar/knee-health.xml").find("dir=\"rtl\""), std::string::npos);
  // The project itself is untouched.
  EXPECT_EQ(test::read_file(dir / "po/de.po"), test::read_file(test::source_dir() + "/po/de.po"));
}

// Real teams write anything in Project-Id-Version (these are GNOME help's
// catalogs' headers): release never holds a locale back for it.
TEST(CliRelease, ProjectIdVersionNeverHoldsALocaleBack) {
  test::TempDir dir;
  copy_bundled_project(dir.path());
  const char* ids[] = {"gnome-user-docs master", "GNOME User Documentation 3.2", "gnome-help.master",
                       "user-guide.docs", ""};
  size_t k = 0;
  for (const char* lang : kShipped) {
    const std::string path = dir / ("po/" + std::string(lang) + ".po");
    std::string po = test::read_file(path);
    const size_t at = po.find("\"Project-Id-Version: ");
    ASSERT_NE(at, std::string::npos) << lang;
    const size_t end = po.find("\\n\"\n", at);
    po.replace(at, end - at, "\"Project-Id-Version: " + std::string(ids[k++ % 5]));
    test::write_file(path, po);
  }
  auto r = run_xloc({"release", "--project", dir.path(), "--out", dir / "out"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("knee-health: 8 of 10 locales shipped, 2 held back (threshold 80%)"), std::string::npos)
      << r.out;
}

TEST(CliRelease, TwoRunsWriteIdenticalBytes) {
  test::TempDir dir;
  copy_bundled_project(dir.path());
  ASSERT_NE(run_xloc({"release", "--project", dir.path(), "--out", dir / "a", "--jobs", "1"}).exit_code, 2);
  ASSERT_NE(run_xloc({"release", "--project", dir.path(), "--out", dir / "b"}).exit_code, 2);
  for (const auto& entry : fs::recursive_directory_iterator(dir / "a")) {
    if (!entry.is_regular_file()) continue;
    const std::string relative = fs::relative(entry.path(), dir / "a").string();
    EXPECT_EQ(test::read_file(entry.path().string()), test::read_file(dir / ("b/" + relative))) << relative;
  }
}

TEST(CliRelease, ThresholdZeroShipsEveryLocale) {
  test::TempDir dir;
  copy_bundled_project(dir.path());
  auto r = run_xloc({"release", "--project", dir.path(), "--out", dir / "out", "--threshold", "0"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(fs::exists(dir / "out/editions/he/knee-health.xml"));
  // Untranslated units fall back to English, and say so.
  EXPECT_NE(test::read_file(dir / "out/editions/he/knee-health.xml").find("xml:lang=\"en\""), std::string::npos);
}

TEST(CliRelease, BadLinguasExits2AndWritesNothing) {
  test::TempDir dir;
  copy_bundled_project(dir.path());
  test::write_file(dir / "po/LINGUAS", "de\nfr/../../etc\n");
  auto r = run_xloc({"release", "--project", dir.path(), "--out", dir / "out"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, dir.path() + "/po/LINGUAS:2:1: error: not a locale id (expected ll, ll_CC or ll_CC@variant) near "
                                 "'fr/../../etc'\n");
  EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST(CliRelease, UsageErrorsExit2) {
  EXPECT_EQ(run_xloc({"release", "--threshold", "150"}).exit_code, 2);
  EXPECT_EQ(run_xloc({"release", "--frobnicate"}).exit_code, 2);
  auto help = run_xloc({"release", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--threshold"), std::string::npos);
}

// The report as a browser shows it: DOM assertions on Chromium's rendering,
// and a screenshot kept beside the build for a human to look at.
TEST(CliReleaseReport, RendersInChromium) {
  if (!test::have_program("chromium")) GTEST_SKIP() << "chromium is not installed (tools/install-deps.sh test)";
  test::TempDir dir;
  copy_bundled_project(dir.path());
  ASSERT_EQ(run_xloc({"release", "--project", dir.path(), "--out", dir / "out"}).exit_code, 1);
  const std::vector<std::string> chromium{"chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                          "--disable-quic", "--no-first-run", "--disable-background-networking",
                                          "--disable-component-update", "--disable-sync",
                                          "--user-data-dir=" + dir / "profile", "--window-size=1200,1400"};
  const std::string url = "file://" + dir / "out/report.html";

  auto dom_args = chromium;
  dom_args.insert(dom_args.end(), {"--dump-dom", url});
  auto dom = test::run(dom_args);
  ASSERT_EQ(dom.exit_code, 0) << dom.err;
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(html_dom_as_xml(dom.out).c_str())) << dom.out.substr(0, 500);
  EXPECT_EQ(doc.select_nodes("//tr[@data-status='shipped']").size(), 8u);
  EXPECT_EQ(doc.select_nodes("//tr[@data-status='held-back']").size(), 2u);
  EXPECT_TRUE(doc.select_node("//tr[@data-locale='he']//ul[@class='reasons']/li"));
  EXPECT_TRUE(doc.select_node("//tr[@data-locale='ar']//a[@href='editions/ar/knee-health.xml']"));
  const std::string summary = doc.select_node("//p[@id='summary']").node().child_value();
  EXPECT_EQ(summary.rfind("8 of 10 locales shipped, 2 held back · threshold 80.0% of messages · catalogs as of 20", 0),
            0u)
      << summary;

  const std::string screenshot = test::build_dir() + "/release-report.png";
  auto shot_args = chromium;
  shot_args.insert(shot_args.end(), {"--screenshot=" + screenshot, url});
  auto shot = test::run(shot_args);
  ASSERT_EQ(shot.exit_code, 0) << shot.err;
  const std::string png = test::read_file(screenshot);
  ASSERT_GT(png.size(), 10000u) << "a blank page compresses to almost nothing";
  EXPECT_EQ(png.substr(0, 8), "\x89PNG\r\n\x1a\n");
}

}  // namespace
}  // namespace xloc
