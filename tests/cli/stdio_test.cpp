// "-" is standard input and `-o -` standard output in every command, as in
// every Unix and gettext tool; with `-o -` a command's own lines go to
// standard error so that the data on standard output stays clean.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

std::string repo(const std::string& relative) { return test::source_dir() + "/" + relative; }

TEST(Stdio, ExtractWritesTheTemplateToStandardOutput) {
  test::TempDir dir;
  auto to_file = test::run_xloc({"extract", "--rules", repo("content/knee-health.its"), "-o", dir / "t.pot",
                                 repo("content/knee-health.xml")});
  ASSERT_EQ(to_file.exit_code, 0) << to_file.err;
  auto to_stdout = test::run_xloc({"extract", "--rules", repo("content/knee-health.its"), "-o", "-",
                                   repo("content/knee-health.xml")});
  ASSERT_EQ(to_stdout.exit_code, 0) << to_stdout.err;
  EXPECT_EQ(to_stdout.out, test::read_file(dir / "t.pot"));
  EXPECT_FALSE(std::filesystem::exists("-"));
}

TEST(Stdio, ExtractReadsASourceFromStandardInput) {
  const std::string xml = "<page xmlns=\"http://projectmallard.org/1.0/\"><title>Hello</title><p>World.</p></page>\n";
  test::ProcessResult r;
  r = test::run({test::xloc_binary(), "extract", "-o", "-", "-"}, "", xml);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("msgid \"Hello\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("msgid \"World.\""), std::string::npos) << r.out;
}

TEST(Stdio, CheckAndStatsReadACatalogFromStandardInput) {
  const std::string de = test::read_file(repo("po/de.po"));
  auto from_file = test::run_xloc({"stats", "--format", "json", repo("po/de.po")});
  auto from_stdin = test::run({test::xloc_binary(), "stats", "--format", "json", "-"}, "", de);
  EXPECT_EQ(from_stdin.exit_code, 0) << from_stdin.err;
  EXPECT_NE(from_stdin.out.find("\"translated\""), std::string::npos) << from_stdin.out;
  auto check = test::run({test::xloc_binary(), "check", "-"}, "", de);
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  auto broken = test::run({test::xloc_binary(), "check", "-"}, "", "msgid \"a\"\nmsgstr \"b\n");
  EXPECT_EQ(broken.exit_code, 2);
  EXPECT_EQ(broken.out.rfind("-:2:8: error: unterminated string", 0), 0u) << broken.out;
}

TEST(Stdio, InitAndExportWriteToStandardOutputWithTheirOwnLinesOnStandardError) {
  auto init = test::run_xloc({"init", "--locale", "it", "-o", "-", repo("po/knee-health.pot")});
  ASSERT_EQ(init.exit_code, 0) << init.err;
  EXPECT_EQ(init.out.rfind("msgid \"\"\nmsgstr \"\"\n", 0), 0u) << init.out.substr(0, 200);
  EXPECT_NE(init.out.find("\"Language: it\\n\""), std::string::npos);
  EXPECT_NE(init.err.find("messages"), std::string::npos) << init.err;

  auto exported = test::run_xloc({"export", "--catalog", repo("po/de.po"), "-o", "-", repo("content/knee-health.xml")});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_EQ(exported.out.rfind("<?xml", 0), 0u);
  EXPECT_NE(exported.out.find("xml:lang=\"de\""), std::string::npos);
}

}  // namespace
}  // namespace xloc
