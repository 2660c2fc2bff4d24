// xloc review on the bundled article, and release --review: the page holds
// every unit in document order with its translation, a seeded markup defect
// shows its finding and its fallback on its unit, a fuzzy message shows the
// word diff against its previous msgid, and bad input exits 2, writing nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;
using test::run_xloc;

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// The <article> of the unit whose source text contains `needle`.
std::string unit_containing(const std::string& page, const std::string& needle) {
  const size_t at = page.find(needle);
  if (at == std::string::npos) return "";
  const size_t begin = page.rfind("<article", at);
  const size_t end = page.find("</article>", at);
  return page.substr(begin, end - begin);
}

TEST(CliReview, SeededDefectsShowOnTheirUnits) {
  test::TempDir dir;
  const std::string source = test::source_dir() + "/content/knee-health.xml";
  std::string po = test::read_file(test::source_dir() + "/po/de.po");
  // A broken end tag in one translation, and one message made fuzzy with
  // its previous msgid.
  po = replace_once(po, "Potenzial:</emphasis>", "Potenzial:</emphasi>");
  po = replace_once(po, "msgid \"Introduction\"", "#, fuzzy\n#| msgid \"An introduction\"\nmsgid \"Introduction\"");
  test::write_file(dir / "de.po", po);
  auto r = run_xloc({"review", "--catalog", dir / "de.po", "-o", dir / "review.html", source});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string page = test::read_file(dir / "review.html");
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(page.find("<link"), std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);

  const std::string broken = unit_containing(page, "Regenerative Potential:");
  EXPECT_NE(broken.find("data-status=\"fallback\""), std::string::npos) << broken;
  EXPECT_NE(broken.find("data-check=\"markup\""), std::string::npos) << broken;
  EXPECT_NE(broken.find("broken markup"), std::string::npos) << broken;
  EXPECT_NE(broken.find("<strong>Regenerative Potential:</strong>"), std::string::npos) << broken;

  const std::string fuzzy = unit_containing(page, "<p class=\"diff\"");
  EXPECT_NE(fuzzy.find("data-status=\"fuzzy\""), std::string::npos) << fuzzy;
  EXPECT_NE(fuzzy.find("<del>An </del>"), std::string::npos) << fuzzy;

  EXPECT_NE(page.find("<li id=\"count-fuzzy\"><strong>1</strong>"), std::string::npos);
  EXPECT_NE(page.find("<li id=\"count-fallback\"><strong>1</strong>"), std::string::npos);
  // The translator notes of knee-health.its are on the page.
  EXPECT_NE(page.find("Note: Bold lead-in"), std::string::npos);
  // Units in document order: the title comes before the conclusion.
  EXPECT_LT(page.find("Exploring"), page.find("Conclusion"));
}

TEST(CliReview, BadInputExits2AndWritesNothing) {
  test::TempDir dir;
  test::write_file(dir / "bad.xml", "<article xmlns=\"http://docbook.org/ns/docbook\"><para>");
  auto r = run_xloc({"review", "--catalog", test::source_dir() + "/po/de.po", "-o", dir / "r.html", dir / "bad.xml"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(std::regex_search(r.err, std::regex("bad\\.xml:\\d+:\\d+: error: "))) << r.err;
  EXPECT_FALSE(fs::exists(dir / "r.html"));
  auto missing = run_xloc({"review", "--catalog", dir / "none.po", "-o", dir / "r.html",
                           test::source_dir() + "/content/knee-health.xml"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_FALSE(fs::exists(dir / "r.html"));
}

TEST(CliReview, ReleaseWritesOnePerLocaleLinkedFromTheReport) {
  test::TempDir dir;
  for (const char* d : {"content", "po"})
    fs::copy(test::source_dir() + "/" + d, dir / d, fs::copy_options::recursive);
  ASSERT_EQ(run_xloc({"release", "--project", dir.path(), "--out", dir / "out", "--review"}).exit_code, 1);
  auto manifest = nlohmann::json::parse(test::read_file(dir / "out/editions/manifest.json"));
  const std::string report = test::read_file(dir / "out/report.html");
  for (const char* lang : {"de", "ar", "he", "zh_CN"}) {  // held-back locales too
    SCOPED_TRACE(lang);
    const std::string name = "review-" + std::string(lang) + ".html";
    EXPECT_TRUE(fs::exists(dir / ("out/" + name)));
    EXPECT_EQ(manifest["locales"][lang]["review"], name);
    EXPECT_NE(report.find("href=\"" + name + "\""), std::string::npos);
  }
  const std::string he = test::read_file(dir / "out/review-he.html");
  EXPECT_NE(he.find("class=\"translation\" lang=\"he\" dir=\"rtl\""), std::string::npos);
  EXPECT_NE(he.find("data-status=\"untranslated\""), std::string::npos);
  ASSERT_EQ(run_xloc({"release", "--project", dir.path(), "--out", dir / "out"}).exit_code, 1);
  EXPECT_FALSE(fs::exists(dir / "out/review-de.html"));
}

}  // namespace
}  // namespace xloc
