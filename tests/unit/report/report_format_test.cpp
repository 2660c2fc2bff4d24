// Tests of the check report formats (src/report/*_report.cpp and the
// format table in report_format.cpp): exact text for text, json, github
// and junit; SARIF checked against the properties the SARIF 2.1.0 schema
// requires.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sstream>

#include "check/check.h"
#include "report/report_format.h"

namespace xloc {
namespace {

CheckRun sample_run() {
  CheckRun run;
  CatalogResult de;
  de.file = "po/de.po";
  de.messages = 12;
  de.diagnostics = {
      {{"po/de.po", 14, 8}, "c-format", Severity::kError, "argument 1 is '%d' (int) in the source but '%s' (string) in the translation"},
      {{"po/de.po", 20, 8}, "end-punctuation", Severity::kWarning, "the source ends with a full stop but the translation with no punctuation"},
      {{"po/de.po", 3, 8}, "fuzzy", Severity::kInfo, "1 of 12 messages is fuzzy (the first at line 30)"},
  };
  CatalogResult fr;
  fr.file = "po/fr.po";
  fr.messages = 10;
  run.catalogs = {de, fr};
  return run;
}

std::string render(std::string_view format, const CheckRun& run, ReportOptions options = {}) {
  std::ostringstream out;
  find_report_format(format)->write(run, options, out);
  return out.str();
}

TEST(ReportFormat, TableHasEveryFormatOfTheContract) {
  for (const char* name : {"text", "json", "sarif", "junit", "github"}) EXPECT_TRUE(find_report_format(name)) << name;
  EXPECT_FALSE(find_report_format("xml"));
}

TEST(ReportFormat, TextIsGccStyleWithASummaryLine) {
  EXPECT_EQ(render("text", sample_run()),
            "po/de.po:14:8: error: argument 1 is '%d' (int) in the source but '%s' (string) in the translation [c-format]\n"
            "po/de.po:20:8: warning: the source ends with a full stop but the translation with no punctuation [end-punctuation]\n"
            "po/de.po:3:8: info: 1 of 12 messages is fuzzy (the first at line 30) [fuzzy]\n"
            "2 catalogs, 22 messages: 1 error, 1 warning, 1 info\n");
}

TEST(ReportFormat, TextColoursOnlyWhenAsked) {
  ReportOptions colour;
  colour.colour = true;
  const std::string out = render("text", sample_run(), colour);
  EXPECT_NE(out.find("\x1b[1;31merror:\x1b[0m"), std::string::npos);
  EXPECT_EQ(render("text", sample_run()).find('\x1b'), std::string::npos);
}

TEST(ReportFormat, JsonHasTheShapeOfDesignMd) {
  const auto doc = nlohmann::json::parse(render("json", sample_run()));
  ASSERT_EQ(doc["diagnostics"].size(), 3u);
  EXPECT_EQ(doc["diagnostics"][0], nlohmann::json::parse(R"({"file":"po/de.po","line":14,"column":8,"check":"c-format",
      "severity":"error","message":"argument 1 is '%d' (int) in the source but '%s' (string) in the translation",
      "msgid":null,"msgctxt":null})"));
  EXPECT_EQ(doc["summary"], nlohmann::json::parse(
                                R"({"catalogs":2,"messages":22,"errors":1,"warnings":1,"infos":1,"unusable":0})"));
}

TEST(ReportFormat, GithubWorkflowCommandsAreEscaped) {
  CheckRun run;
  CatalogResult c;
  c.file = "po/a,b.po";
  c.diagnostics = {{{"po/a,b.po", 2, 1}, "numbers", Severity::kWarning, "100% sure\nnot: really"}};
  run.catalogs = {c};
  EXPECT_EQ(render("github", run),
            "::warning file=po/a%2Cb.po,line=2,col=1,title=numbers::100%25 sure%0Anot: really\n"
            "1 catalog, 0 messages: 0 errors, 1 warning, 0 infos\n");
  EXPECT_EQ(render("github", sample_run()).substr(0, 52), "::error file=po/de.po,line=14,col=8,title=c-format::");
}

TEST(ReportFormat, JunitHasOneTestcasePerCatalogAndOneFailurePerError) {
  CheckRun run = sample_run();
  CatalogResult broken;
  broken.file = "po/x.po";
  broken.unusable = true;
  broken.diagnostics = {{{"po/x.po", 3, 1}, "syntax", Severity::kError, "unterminated string"}};
  run.catalogs.push_back(broken);
  EXPECT_EQ(render("junit", run),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<testsuites name=\"xloc check\" tests=\"3\" failures=\"1\" errors=\"1\">\n"
            "  <testsuite name=\"xloc check\" tests=\"3\" failures=\"1\" errors=\"1\">\n"
            "    <testcase classname=\"xloc.check\" name=\"po/de.po\">\n"
            "      <failure type=\"c-format\" message=\"argument 1 is '%d' (int) in the source but '%s' (string) in the "
            "translation\">po/de.po:14:8: error: argument 1 is '%d' (int) in the source but '%s' (string) in the "
            "translation [c-format]</failure>\n"
            "      <system-out>po/de.po:20:8: warning: the source ends with a full stop but the translation with no "
            "punctuation [end-punctuation]&#10;po/de.po:3:8: info: 1 of 12 messages is fuzzy (the first at line 30) "
            "[fuzzy]&#10;</system-out>\n"
            "    </testcase>\n"
            "    <testcase classname=\"xloc.check\" name=\"po/fr.po\">\n"
            "    </testcase>\n"
            "    <testcase classname=\"xloc.check\" name=\"po/x.po\">\n"
            "      <error type=\"syntax\" message=\"unterminated string\">po/x.po:3:1: error: unterminated string "
            "[syntax]</error>\n"
            "    </testcase>\n"
            "  </testsuite>\n"
            "</testsuites>\n");
}

// With --strict a warning is a failure too, so the counts agree with the
// exit code.
TEST(ReportFormat, JunitUnderStrictCountsWarningsAsFailures) {
  CheckRun run;
  CatalogResult fr;
  fr.file = "po/fr.po";
  fr.diagnostics = {{{"po/fr.po", 9, 8}, "numbers", Severity::kWarning, "the number 3 is missing"}};
  run.catalogs = {fr};
  ReportOptions strict;
  strict.strict = true;
  const std::string out = render("junit", run, strict);
  EXPECT_NE(out.find("tests=\"1\" failures=\"1\" errors=\"0\""), std::string::npos) << out;
  EXPECT_NE(out.find("<failure type=\"numbers\""), std::string::npos) << out;
  EXPECT_NE(render("junit", run).find("failures=\"0\""), std::string::npos);
}

TEST(ReportFormat, JsonNamesTheMessageOfEachFinding) {
  CheckRun run = sample_run();
  run.catalogs[0].diagnostics[0].msgid = "%d files";
  run.catalogs[0].diagnostics[0].msgctxt = "count";
  const auto doc = nlohmann::json::parse(render("json", run));
  EXPECT_EQ(doc["diagnostics"][0]["msgid"], "%d files");
  EXPECT_EQ(doc["diagnostics"][0]["msgctxt"], "count");
  EXPECT_TRUE(doc["diagnostics"][1]["msgid"].is_null());
}

TEST(ReportFormat, SarifUrisArePercentEncoded) {
  CheckRun run;
  CatalogResult c;
  c.file = "po/a b#ü%.po";
  c.diagnostics = {{{"po/a b#ü%.po", 2, 1}, "numbers", Severity::kWarning, "x"}};
  CatalogResult abs;
  abs.file = "/srv/po/de.po";
  abs.diagnostics = {{{"/srv/po/de.po", 2, 1}, "numbers", Severity::kWarning, "x"}};
  run.catalogs = {c, abs};
  const auto log = nlohmann::json::parse(render("sarif", run));
  const auto& results = log["runs"][0]["results"];
  EXPECT_EQ(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "po/a%20b%23%C3%BC%25.po");
  EXPECT_EQ(results[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "file:///srv/po/de.po");
}

// The properties SARIF 2.1.0's schema marks "required", and its enums.
TEST(ReportFormat, SarifHasWhatTheSchemaRequires) {
  const auto log = nlohmann::json::parse(render("sarif", sample_run(), {false, "0.1.0"}));
  EXPECT_EQ(log["version"], "2.1.0");                       // sarifLog: version, runs
  ASSERT_TRUE(log["runs"].is_array());
  ASSERT_EQ(log["runs"].size(), 1u);
  const auto& run = log["runs"][0];
  const auto& driver = run["tool"]["driver"];               // run: tool; tool: driver
  EXPECT_EQ(driver["name"], "xloc");                          // toolComponent: name
  EXPECT_EQ(driver["version"], "0.1.0");
  ASSERT_EQ(driver["rules"].size(), check_registry().size());
  for (size_t i = 0; i < check_registry().size(); ++i) {
    EXPECT_EQ(driver["rules"][i]["id"], std::string(check_registry()[i].id));  // reportingDescriptor: id
    EXPECT_EQ(driver["rules"][i]["shortDescription"]["text"], std::string(check_registry()[i].title));
  }
  ASSERT_EQ(run["results"].size(), 3u);
  for (const auto& result : run["results"]) {
    ASSERT_TRUE(result["message"]["text"].is_string());  // result: message (with text)
    const std::string level = result["level"];
    EXPECT_TRUE(level == "none" || level == "note" || level == "warning" || level == "error") << level;
    const size_t index = result["ruleIndex"];
    EXPECT_EQ(driver["rules"][index]["id"], result["ruleId"]);
    const auto& physical = result["locations"][0]["physicalLocation"];
    EXPECT_TRUE(physical["artifactLocation"]["uri"].is_string());
    EXPECT_GE(physical["region"]["startLine"].get<int>(), 1);
    EXPECT_GE(physical["region"]["startColumn"].get<int>(), 1);
  }
  EXPECT_EQ(run["results"][2]["level"], "note");  // info
}

}  // namespace
}  // namespace xloc
