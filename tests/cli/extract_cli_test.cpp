// End-to-end tests of `xloc extract`: the template it writes, and on bad
// input exit code 2, a message with file:line:column, and no file written.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

using test::run_xloc;

TEST(ExtractCli, WritesATemplateMsgfmtAccepts) {
  test::TempDir dir;
  auto r = run_xloc({"extract", "--rules", "content/knee-health.its", "--domain", "knee-health", "-o",
                     dir / "kh.pot", "content/knee-health.xml"},
                    test::source_dir());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  const std::string pot = test::read_file(dir / "kh.pot");
  EXPECT_NE(pot.find("\"Project-Id-Version: knee-health\\n\""), std::string::npos);
  EXPECT_NE(pot.find("#: content/knee-health.xml:"), std::string::npos);
  EXPECT_NE(pot.find("\"<emphasis role=\\\"strong\\\">Regenerative Potential:</emphasis> Stem "),
            std::string::npos);
  if (test::have_program("msgfmt")) {
    auto m = test::run({"msgfmt", "-c", "-o", "/dev/null", dir / "kh.pot"});
    EXPECT_EQ(m.exit_code, 0) << m.err;
  }
}

TEST(ExtractCli, SourceDateEpochMakesItReproducible) {
  test::TempDir dir;
  test::write_file(dir / "p.page", "<page xmlns=\"http://projectmallard.org/1.0/\"><p>Hi</p></page>");
  auto r = test::run({"env", "SOURCE_DATE_EPOCH=86400", test::xloc_binary(), "extract", "-o", dir / "a.pot",
                      dir / "p.page"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(test::read_file(dir / "a.pot").find("POT-Creation-Date: 1970-01-02 00:00+0000"), std::string::npos);
}

struct BadInput {
  const char* name;
  const char* file_name;
  std::string contents;
  std::vector<std::string> extra_args;
  std::string expected_err;  // "DIR/" stands for the temporary folder
};

TEST(ExtractCli, BadInputExits2AndWritesNothing) {
  const std::string its = "<its:rules xmlns:its=\"http://www.w3.org/2005/11/its\" version=\"2.0\">\n";
  const BadInput cases[] = {
      {"malformed", "a.xml", "<article xmlns=\"http://docbook.org/ns/docbook\">\n<para>x</article>", {},
       "DIR/a.xml:2:8: error: malformed XML: the end tag </article> does not match the start tag <para> of line 2\n"},
      {"unknown namespace", "a.xml", "<doc xmlns=\"urn:example\"><p>x</p></doc>", {},
       "DIR/a.xml:1:1: error: no ITS rules for the namespace 'urn:example' of the root element 'doc': xloc "
       "knows DocBook 4 and 5, Mallard 1.0 and XHTML; give rules with --rules FILE.its near 'doc'\n"},
      {"invalid rule", "a.xml", "<article xmlns=\"http://docbook.org/ns/docbook\"/>",
       {"--rules", "DIR/r.its"},
       "DIR/r.its:2:1: error: its:translateRule: translate must be one of 'yes', 'no' near 'perhaps'\n"},
      {"bad selector", "a.xml", "<article xmlns=\"http://docbook.org/ns/docbook\"/>",
       {"--rules", "DIR/s.its"},
       "DIR/s.its:2:1: error: invalid XPath selector: unrecognized node test near '//para[@'\n"},
      {"unreadable source", "unused.xml", "", {"DIR/missing.xml"}, ""},
  };
  for (const BadInput& c : cases) {
    test::TempDir dir;
    test::write_file(dir / c.file_name, c.contents);
    test::write_file(dir / "r.its", its + "<its:translateRule selector=\"//p\" translate=\"perhaps\"/>\n</its:rules>");
    test::write_file(dir / "s.its", its + "<its:translateRule selector=\"//para[@\" translate=\"no\"/>\n</its:rules>");
    test::write_file(dir / "old.pot", "keep me");
    std::vector<std::string> args = {"extract", "-o", dir / "old.pot"};
    for (std::string a : c.extra_args) args.push_back(a.starts_with("DIR/") ? dir / a.substr(4) : a);
    if (std::string(c.name) != "unreadable source") args.push_back(dir / c.file_name);
    auto r = run_xloc(args);
    EXPECT_EQ(r.exit_code, 2) << c.name;
    std::string expected = c.expected_err;
    for (size_t at = expected.find("DIR/"); at != std::string::npos; at = expected.find("DIR/"))
      expected.replace(at, 3, dir.path());
    if (!expected.empty()) EXPECT_EQ(r.err, expected) << c.name;
    else EXPECT_NE(r.err.find("missing.xml"), std::string::npos) << r.err;
    EXPECT_EQ(test::read_file(dir / "old.pot"), "keep me") << c.name;
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 4) << "stray file: " << c.name;
  }
}

// po/knee-health.pot is generated and committed; it must be what extract
// writes today (POT-Creation-Date aside). Regenerate it with:
//   xloc extract --rules content/knee-health.its --domain knee-health
//                -o po/knee-health.pot content/knee-health.xml
TEST(ExtractCli, CommittedArticleTemplateIsCurrent) {
  test::TempDir dir;
  auto r = run_xloc({"extract", "--rules", "content/knee-health.its", "--domain", "knee-health", "-o",
                     dir / "kh.pot", "content/knee-health.xml"},
                    test::source_dir());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto without_date = [](std::string pot) {
    const size_t at = pot.find("\"POT-Creation-Date: ");
    if (at != std::string::npos) pot.erase(at, pot.find('\n', at) - at);
    return pot;
  };
  EXPECT_EQ(without_date(test::read_file(test::source_dir() + "/po/knee-health.pot")),
            without_date(test::read_file(dir / "kh.pot")));
}

TEST(ExtractCli, MissingOutputIsAUsageError) {
  auto r = run_xloc({"extract", "content/knee-health.xml"}, test::source_dir());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--output is required"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace xloc
