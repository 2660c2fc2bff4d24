// The HTML editions as a reader's browser shows them: Debian's headless
// Chromium driven through DevTools by tests/browser/check_pages.mjs
// (puppeteer-core, installed by tools/test.sh with `npm ci`). Asserts the
// computed direction of the Arabic body, left-to-right English fallback
// units inside a right-to-left page, no horizontal overflow at 390 px, and
// no network request; screenshots go to the build folder for a person.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>

#include "catalog/po_reader.h"
#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;

// Why the browser test cannot run here, or "".
std::string browser_missing() {
  if (!fs::exists("/usr/bin/chromium")) return "/usr/bin/chromium is not installed (tools/install-deps.sh test)";
  if (!test::have_program("node")) return "node is not installed (tools/install-deps.sh test)";
  if (!fs::exists(test::tests_dir() + "/browser/node_modules/puppeteer-core"))
    return "puppeteer-core is not installed: run `npm ci` in tests/browser (tools/test.sh does)";
  if (!fs::exists("/usr/share/xml/docbook/stylesheet/docbook-xsl-ns/html/docbook.xsl"))
    return "docbook-xsl-ns is not installed (tools/install-deps.sh build)";
  return "";
}

TEST(BrowserPages, HtmlEditionsReadRightInChromium) {
  if (auto why = browser_missing(); !why.empty()) GTEST_SKIP() << why;
  test::TempDir dir;
  for (const char* d : {"content", "po"})
    fs::copy(test::source_dir() + "/" + d, dir / d, fs::copy_options::recursive);
  // Threshold 0 ships Hebrew too: half of it is English fallback units.
  auto r = test::run_xloc({"release", "--project", dir.path(), "--out", dir / "out", "--html", "--threshold", "0"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;

  const std::string shots = test::build_dir() + "/browser-pages";
  fs::create_directories(shots);
  std::vector<std::string> argv{"node", test::tests_dir() + "/browser/check_pages.mjs", "/usr/bin/chromium",
                                dir / "profile", shots};
  for (const char* lang : {"de", "ar", "ja", "he"}) argv.push_back(dir / ("out/html/" + std::string(lang) + "/knee-health.html"));
  auto browser = test::run(argv);
  ASSERT_EQ(browser.exit_code, 0) << browser.err;
  auto pages = nlohmann::json::parse(browser.out);

  for (const char* lang : {"de", "ar", "ja", "he"}) {
    SCOPED_TRACE(lang);
    const auto& page = pages.at(dir / ("out/html/" + std::string(lang) + "/knee-health.html"));
    EXPECT_EQ(page["lang"], lang);
    const bool rtl = std::string(lang) == "ar" || std::string(lang) == "he";
    EXPECT_EQ(page["direction"], rtl ? "rtl" : "ltr");
    EXPECT_FALSE(page["overflows"].get<bool>())
        << "scrollWidth " << page["scrollWidth"] << " > clientWidth " << page["clientWidth"];
    EXPECT_TRUE(page["networkRequests"].empty()) << page["networkRequests"].dump();
    EXPECT_TRUE(fs::file_size(page["screenshot"].get<std::string>()) > 1000);
  }
  // English units in the Hebrew page are laid out left to right.
  size_t english = 0;
  for (const auto& e : pages.at(dir / "out/html/he/knee-health.html")["langElements"]) {
    if (e["lang"] != "en") continue;
    ++english;
    EXPECT_EQ(e["direction"], "ltr") << e.dump();
  }
  EXPECT_GT(english, 0u);
  // The Japanese text is there as text, not as tags or references.
  EXPECT_NE(pages.at(dir / "out/html/ja/knee-health.html")["text"].get<std::string>().find("幹細胞"), std::string::npos);
}

// A unit's text as a browser shows it once its markup is rendered.
std::string visible_text(const std::string& unit_text) {
  std::string text = std::regex_replace(unit_text, std::regex("<[^>]*>"), "");
  for (const auto& [entity, c] : std::vector<std::pair<std::string, std::string>>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}})
    for (size_t at; (at = text.find(entity)) != std::string::npos;) text.replace(at, entity.size(), c);
  return text;
}

// The Arabic review page with a seeded markup defect, at 390 px.
TEST(BrowserPages, ReviewPageShowsEveryUnitAndTheDefect) {
  if (auto why = browser_missing(); !why.empty()) GTEST_SKIP() << why;
  test::TempDir dir;
  std::string po = test::read_file(test::source_dir() + "/po/ar.po");
  const std::string good = "التجديد:</emphasis>";
  ASSERT_NE(po.find(good), std::string::npos);
  po.replace(po.find(good), good.size(), "التجديد:</emphasi>");
  test::write_file(dir / "ar.po", po);
  const std::string page = dir / "review-ar.html";
  auto r = test::run_xloc({"review", "--catalog", dir / "ar.po", "-o", page,
                           test::source_dir() + "/content/knee-health.xml"});
  ASSERT_EQ(r.exit_code, 0) << r.err;

  const std::string shots = test::build_dir() + "/browser-pages";
  fs::create_directories(shots);
  auto browser = test::run({"node", test::tests_dir() + "/browser/check_pages.mjs", "/usr/bin/chromium",
                            dir / "profile", shots, page});
  ASSERT_EQ(browser.exit_code, 0) << browser.err;
  const auto facts = nlohmann::json::parse(browser.out).at(page);
  EXPECT_FALSE(facts["overflows"].get<bool>()) << facts["scrollWidth"] << " > " << facts["clientWidth"];
  EXPECT_TRUE(facts["networkRequests"].empty());
  const auto& units = facts["units"];

  // Every message's source and translation text is on a unit of the page.
  auto catalog = read_po(po, "ar.po");
  ASSERT_TRUE(catalog);
  size_t checked = 0;
  for (const Message& m : catalog->messages) {
    if (m.is_header() || m.obsolete || m.msgid == "translator-credits") continue;
    const std::string source = visible_text(m.msgid);
    bool found = false;
    for (const auto& u : units) {
      if (u["source"].get<std::string>().find(source) == std::string::npos) continue;
      found = true;
      const std::string broken_defect = "التجديد:</emphasi>";
      if (m.msgstr[0].find(broken_defect) != std::string::npos) {
        // Broken markup is shown as written, and its finding is on its unit.
        EXPECT_NE(u["translation"].get<std::string>().find(broken_defect), std::string::npos);
        EXPECT_NE(std::find(u["checks"].begin(), u["checks"].end(), "markup"), u["checks"].end()) << u.dump();
        EXPECT_EQ(u["status"], "fallback");
      } else if (!m.msgstr[0].empty()) {
        EXPECT_NE(u["translation"].get<std::string>().find(visible_text(m.msgstr[0])), std::string::npos)
            << u.dump();
      }
      EXPECT_EQ(u["sourceDirection"], "ltr");
      EXPECT_EQ(u["translationDirection"], "rtl");
      ++checked;
    }
    EXPECT_TRUE(found) << "not on the page: " << source;
  }
  EXPECT_GE(checked, 15u);
}

}  // namespace
}  // namespace xloc
