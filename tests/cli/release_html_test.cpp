// xloc release --html on the bundled project: an HTML page per shipped
// edition through the DocBook XSL stylesheets, listed in the manifest with
// its hash and linked from the report; a source no stylesheet renders still
// ships its XML, with a warning naming the edition.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;
using test::run_xloc;

const char* const kDocBookXsl = "/usr/share/xml/docbook/stylesheet/docbook-xsl-ns/html/docbook.xsl";

void copy_bundled_project(const std::string& to) {
  for (const char* dir : {"content", "po"})
    fs::copy(test::source_dir() + "/" + dir, to + "/" + dir, fs::copy_options::recursive);
}

std::string sha256_of_file(const std::string& path) {
  auto r = test::run({"sha256sum", path});
  return r.out.substr(0, 64);
}

TEST(CliReleaseHtml, RendersEveryShippedEdition) {
  if (!fs::exists(kDocBookXsl)) GTEST_SKIP() << kDocBookXsl << " is missing (tools/install-deps.sh build)";
  test::TempDir dir;
  copy_bundled_project(dir.path());
  auto r = run_xloc({"release", "--project", dir.path(), "--out", dir / "out", "--html"});
  ASSERT_EQ(r.exit_code, 1) << r.out << r.err;  // he and zh_CN held back
  EXPECT_EQ(r.out.find("warning: HTML"), std::string::npos) << r.out;

  auto manifest = nlohmann::json::parse(test::read_file(dir / "out/editions/manifest.json"));
  for (const char* lang : {"de", "es", "fr", "pt_BR", "pl", "ru", "ar", "ja"}) {
    SCOPED_TRACE(lang);
    const auto& edition = manifest["locales"][lang]["editions"][0];
    const std::string path = "html/" + std::string(lang) + "/knee-health.html";
    ASSERT_EQ(edition["html"]["path"], path);
    EXPECT_EQ(edition["html"]["sha256"], sha256_of_file(dir / ("out/" + path)));
    const std::string html = test::read_file(dir / ("out/" + path));
    const std::string bcp47 = std::string(lang) == "pt_BR" ? "pt-BR" : lang;
    const std::string dir_value = std::string(lang) == "ar" ? "rtl" : "ltr";
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"" + bcp47 + "\" dir=\"" + dir_value + "\">", 0), 0u)
        << html.substr(0, 200);
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  }
  for (const char* lang : {"he", "zh_CN"}) EXPECT_FALSE(fs::exists(dir / ("out/html/" + std::string(lang))));
  // The translated title is in the page as UTF-8 text.
  EXPECT_NE(test::read_file(dir / "out/html/ja/knee-health.html").find("<h1 class=\"title\">"), std::string::npos);
  const std::string report = test::read_file(dir / "out/report.html");
  EXPECT_NE(report.find("href=\"html/ar/knee-health.html\""), std::string::npos);

  // A run without --html leaves no page the manifest does not list.
  ASSERT_EQ(run_xloc({"release", "--project", dir.path(), "--out", dir / "out"}).exit_code, 1);
  EXPECT_FALSE(fs::exists(dir / "out/html/de/knee-health.html"));
}

TEST(CliReleaseHtml, FallbackUnitsKeepTheirLanguageAndDirection) {
  if (!fs::exists(kDocBookXsl)) GTEST_SKIP() << kDocBookXsl << " is missing (tools/install-deps.sh build)";
  test::TempDir dir;
  copy_bundled_project(dir.path());
  // Hebrew is half translated: shipped anyway, its English units stay LTR.
  ASSERT_EQ(run_xloc({"release", "--project", dir.path(), "--out", dir / "out", "--html", "--threshold", "0"})
                .exit_code,
            0);
  const std::string html = test::read_file(dir / "out/html/he/knee-health.html");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"he\" dir=\"rtl\">", 0), 0u);
  EXPECT_NE(html.find("<p lang=\"en\" dir=\"ltr\">"), std::string::npos) << html;
}

TEST(CliReleaseHtml, UnknownVocabularyShipsItsXmlWithoutHtml) {
  if (!fs::exists(kDocBookXsl)) GTEST_SKIP() << kDocBookXsl << " is missing (tools/install-deps.sh build)";
  test::TempDir dir;
  copy_bundled_project(dir.path());
  // A vocabulary of its own, with the ITS rules that make it translatable.
  test::write_file(dir / "content/notes.xml", "<?xml version=\"1.0\"?>\n<notes><note>Hello</note></notes>\n");
  test::write_file(dir / "content/notes.its",
                   "<its:rules xmlns:its=\"http://www.w3.org/2005/11/its\" version=\"2.0\">"
                   "<its:withinTextRule selector=\"//note\" withinText=\"no\"/></its:rules>\n");
  {
    std::ofstream potfiles(dir / "po/POTFILES.in", std::ios::app);
    potfiles << "content/notes.xml\n";
  }
  auto r = run_xloc({"release", "--project", dir.path(), "--out", dir / "out", "--html"});
  ASSERT_NE(r.exit_code, 2) << r.err;
  EXPECT_TRUE(fs::exists(dir / "out/editions/de/notes.xml"));
  EXPECT_FALSE(fs::exists(dir / "out/html/de/notes.html"));
  EXPECT_TRUE(fs::exists(dir / "out/html/de/knee-health.html"));
  EXPECT_NE(r.out.find("warning: HTML of " + dir / "out" + "/editions/de/notes.xml skipped: "), std::string::npos)
      << r.out;
  auto manifest = nlohmann::json::parse(test::read_file(dir / "out/editions/manifest.json"));
  for (const auto& edition : manifest["locales"]["de"]["editions"])
    EXPECT_EQ(edition.contains("html"), edition["source"] == "content/knee-health.xml") << edition.dump();
}

}  // namespace
}  // namespace xloc
