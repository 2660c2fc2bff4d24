// End-to-end tests of `xloc check`: every output format and every exit
// code of the contract (0 clean, 1 errors or --strict warnings, 2 bad
// usage or unreadable input), on catalogs of the defect suite.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

using test::run_xloc;

std::string suite(const std::string& file) { return test::tests_dir() + "/data/check/" + file; }

TEST(CheckCli, CleanCatalogsExit0WithASummary) {
  const auto r = run_xloc({"check", suite("clean/fr.po"), suite("clean/ja.po")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "2 catalogs, 24 messages: 0 errors, 0 warnings, 0 infos\n");
}

TEST(CheckCli, ErrorsExit1InGccStyle) {
  const std::string file = suite("c-format/type-mismatch.po");
  const auto r = run_xloc({"check", file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, file + ":18:1: error: argument 1 is '%d' (int) in the source but '%s' (string) in the translation [c-format]\n"
                   "1 catalog, 1 message: 1 error, 0 warnings, 0 infos\n");
}

TEST(CheckCli, WarningsExit0UnlessStrict) {
  const std::string file = suite("end-punctuation/missing-stop.po");
  EXPECT_EQ(run_xloc({"check", file}).exit_code, 0);
  EXPECT_EQ(run_xloc({"check", "--strict", file}).exit_code, 1);
}

TEST(CheckCli, DisableSilencesACheckForTheRun) {
  const auto r = run_xloc({"check", "--disable", "c-format", suite("c-format/type-mismatch.po")});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "1 catalog, 1 message: 0 errors, 0 warnings, 0 infos\n");
}

TEST(CheckCli, UnreadableCatalogIsReportedAndExits2) {
  const std::string file = suite("syntax/unterminated-string.po");
  const auto r = run_xloc({"check", file, suite("clean/fr.po")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find(file + ":16:8: error: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[syntax]\n"), std::string::npos) << r.out;
  const auto missing = run_xloc({"check", "/nonexistent/xx.po"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.out.find("/nonexistent/xx.po"), std::string::npos);
}

TEST(CheckCli, UsageErrorsExit2) {
  const auto no_files = run_xloc({"check"});
  EXPECT_EQ(no_files.exit_code, 2);
  const auto format = run_xloc({"check", "--format", "xml", suite("clean/fr.po")});
  EXPECT_EQ(format.exit_code, 2);
  EXPECT_EQ(format.err, "xloc check: error: unknown format 'xml' (text|json|sarif|junit|github)\n");
  const auto id = run_xloc({"check", "--disable", "c-fromat", suite("clean/fr.po")});
  EXPECT_EQ(id.exit_code, 2);
  EXPECT_EQ(id.err, "xloc check: error: unknown check 'c-fromat'\nDid you mean 'c-format'?\n");
  EXPECT_EQ(format.out, "");
}

TEST(CheckCli, HelpListsEveryCheck) {
  const auto r = run_xloc({"check", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* id : {"plural-forms-cldr", "bidi-control", "mixed-script", "normalization", "inconsistent"})
    EXPECT_NE(r.out.find(id), std::string::npos) << id;
}

TEST(CheckCli, JsonFormat) {
  const auto r = run_xloc({"check", "--format", "json", suite("bidi-control/override.po")});
  EXPECT_EQ(r.exit_code, 1);
  const auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["diagnostics"].size(), 1u);
  EXPECT_EQ(doc["diagnostics"][0]["check"], "bidi-control");
  EXPECT_EQ(doc["diagnostics"][0]["severity"], "error");
  EXPECT_EQ(doc["diagnostics"][0]["line"], 17);
  EXPECT_EQ(doc["summary"]["errors"], 1);
}

TEST(CheckCli, SarifFormat) {
  const auto r = run_xloc({"check", "--format", "sarif", suite("markup/dropped-element.po")});
  EXPECT_EQ(r.exit_code, 1);
  const auto log = nlohmann::json::parse(r.out);
  EXPECT_EQ(log["version"], "2.1.0");
  EXPECT_EQ(log["runs"][0]["results"][0]["ruleId"], "markup");
  EXPECT_EQ(log["runs"][0]["results"][0]["level"], "error");
}

TEST(CheckCli, JunitFormat) {
  const auto r = run_xloc({"check", "--format", "junit", suite("clean/ru.po"), suite("markup/dropped-element.po")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("<testsuites name=\"xloc check\" tests=\"2\" failures=\"1\" errors=\"0\">"), std::string::npos);
  EXPECT_NE(r.out.find("<failure type=\"markup\""), std::string::npos);
}

TEST(CheckCli, GithubFormat) {
  const std::string file = suite("numbers/changed-number.po");
  const auto r = run_xloc({"check", "--format", "github", file});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "::warning file=" + file + ",line=17,col=1,title=numbers::the number 30 of the source is missing from the translation\n"
                   "1 catalog, 1 message: 0 errors, 1 warning, 0 infos\n");
}

}  // namespace
}  // namespace xloc
