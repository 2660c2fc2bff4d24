// End-to-end tests of `xloc stats`.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/process.h"

namespace xloc {
namespace {

using test::run_xloc;

std::string suite(const std::string& file) { return test::tests_dir() + "/data/check/" + file; }

TEST(StatsCli, TextTableAndJson) {
  const auto text = run_xloc({"stats", suite("clean/fr.po")});
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("translated  fuzzy  untranslated  obsolete  messages%   words  words%"), std::string::npos);
  EXPECT_NE(text.out.find("          14      0             0         0     100.0%"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("  100.0%\n"), std::string::npos) << text.out;
  const auto json = run_xloc({"stats", "--format", "json", suite("clean/ja.po"), suite("clean/ru.po")});
  EXPECT_EQ(json.exit_code, 0);
  const auto doc = nlohmann::json::parse(json.out);
  ASSERT_EQ(doc["catalogs"].size(), 2u);
  EXPECT_EQ(doc["catalogs"][0]["language"], "ja");
  EXPECT_EQ(doc["catalogs"][1]["translated"], 10);
}

TEST(StatsCli, UnreadableCatalogExits2AndPrintsNothing) {
  const auto r = run_xloc({"stats", suite("clean/fr.po"), suite("syntax/missing-msgstr.po")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("missing-msgstr.po:"), std::string::npos) << r.err;
  EXPECT_EQ(run_xloc({"stats", "--format", "csv", suite("clean/fr.po")}).exit_code, 2);
  EXPECT_EQ(run_xloc({"stats"}).exit_code, 2);
}

}  // namespace
}  // namespace xloc
