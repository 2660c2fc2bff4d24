// End-to-end tests of `xloc its-dump`: the W3C ITS 2.0 test suite's XML
// tests of the categories xloc uses (tests/data/its-2.0-testsuite, copied
// unchanged from the suite, W3C Test Suite License), each listing compared
// byte for byte with the suite's gold file. The gold files end their lines
// with CRLF, the listing format (see the suite README) with LF: that line
// end is the only thing normalized before comparing.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "support/paths.h"
#include "support/process.h"

namespace xloc {
namespace {

using test::run_xloc;

std::string suite_dir() { return test::tests_dir() + "/data/its-2.0-testsuite"; }

std::string without_cr_before_lf(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i)
    if (!(s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) out += s[i];
  return out;
}

struct SuiteTest {
  std::string category, input, expected;
};

// Every gold file of `category`, paired with its input the way the
// suite's testsuiteMaster.xml pairs them (<name>xmloutput.txt <- <name>xml.xml).
std::vector<SuiteTest> suite_tests(const std::string& category) {
  std::vector<SuiteTest> tests;
  const std::string gold = suite_dir() + "/expected/" + category + "/xml";
  for (const auto& entry : std::filesystem::directory_iterator(gold)) {
    const std::string name = entry.path().filename().string();
    const std::string suffix = "xmloutput.txt";
    if (!name.ends_with(suffix)) continue;
    const std::string stem = name.substr(0, name.size() - suffix.size());
    tests.push_back({category, suite_dir() + "/inputdata/" + category + "/xml/" + stem + "xml.xml",
                     entry.path().string()});
  }
  std::sort(tests.begin(), tests.end(), [](const auto& a, const auto& b) { return a.input < b.input; });
  return tests;
}

size_t run_category(const std::string& category) {
  size_t passed = 0;
  for (const SuiteTest& t : suite_tests(category)) {
    const auto r = run_xloc({"its-dump", "--category", category, t.input});
    EXPECT_EQ(r.exit_code, 0) << t.input << "\n" << r.err;
    const std::string gold = without_cr_before_lf(test::read_file(t.expected));
    EXPECT_EQ(r.out, gold) << t.input;
    if (r.exit_code == 0 && r.out == gold) ++passed;
  }
  return passed;
}

TEST(ItsDumpSuite, AllSixtyOneTestsOfTheNineCategories) {
  const std::vector<std::pair<std::string, size_t>> categories{
      {"translate", 10},     {"elementswithintext", 6}, {"localizationnote", 11},
      {"preservespace", 6},  {"idvalue", 5},            {"languageinformation", 4},
      {"localefilter", 8},   {"directionality", 6},     {"externalresource", 5}};
  size_t passed = 0, total = 0;
  for (const auto& [category, count] : categories) {
    EXPECT_EQ(suite_tests(category).size(), count) << category;
    passed += run_category(category);
    total += count;
  }
  EXPECT_EQ(total, 61u);
  EXPECT_EQ(passed, 61u);
}

TEST(ItsDumpCli, DocumentWithoutRulesListsTheDefaults) {
  const std::string dir = test::build_dir() + "/its-dump-test";
  std::filesystem::create_directories(dir);
  test::write_file(dir + "/plain.xml", "<doc a=\"1\"><p>Hi <b>x</b></p></doc>\n");
  const auto r = run_xloc({"its-dump", "--category", "translate", dir + "/plain.xml"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "/doc\ttranslate=\"yes\"\n/doc/@a\ttranslate=\"no\"\n/doc/p[1]\ttranslate=\"yes\"\n"
            "/doc/p[1]/b[1]\ttranslate=\"yes\"\n");
}

TEST(ItsDumpCli, BadInputExits2AndPrintsNothing) {
  const std::string dir = test::build_dir() + "/its-dump-test";
  std::filesystem::create_directories(dir);
  test::write_file(dir + "/broken.xml", "<doc>\n  <p>open\n</doc>\n");
  const auto broken = run_xloc({"its-dump", dir + "/broken.xml"});
  EXPECT_EQ(broken.exit_code, 2);
  EXPECT_EQ(broken.out, "");
  EXPECT_NE(broken.err.find("broken.xml:"), std::string::npos) << broken.err;
  const auto unknown = run_xloc({"its-dump", "--category", "sparkle", dir + "/broken.xml"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("sparkle"), std::string::npos);
  test::write_file(dir + "/badrule.xml",
                   "<doc xmlns:its=\"http://www.w3.org/2005/11/its\"><its:rules version=\"2.0\">"
                   "<its:translateRule selector=\"//p\" translate=\"maybe\"/></its:rules><p/></doc>\n");
  const auto bad_rule = run_xloc({"its-dump", dir + "/badrule.xml"});
  EXPECT_EQ(bad_rule.exit_code, 2);
  EXPECT_EQ(bad_rule.out, "");
  EXPECT_NE(bad_rule.err.find("badrule.xml:1:"), std::string::npos) << bad_rule.err;
}

}  // namespace
}  // namespace xloc
