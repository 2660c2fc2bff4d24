// Usage errors in xloc's own words (src/cli/usage_error.cpp), end to end:
// each says what is wrong and what to type, exits 2 and writes nothing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/process.h"

namespace xloc {
namespace {

struct Case {
  std::vector<std::string> args;
  std::string first_line;  // of stderr
};

TEST(UsageErrors, SayWhatIsWrongAndWhatToType) {
  const Case cases[] = {
      {{"release", "--threshold", "150"}, "xloc release: error: --threshold must be a number from 0 to 100, not '150'"},
      {{"export", "--threshold", "abc", "--catalog", "x.po", "-o", "x.xml", "x.xml"},
       "xloc export: error: --threshold must be a number from 0 to 100, not 'abc'"},
      {{"release", "--jobs", "many"}, "xloc release: error: --jobs takes a whole number (0 or more), not 'many'"},
      {{"init", "--locale"}, "xloc init: error: --locale needs a value after it (usage: xloc init --locale LOCALE "
                             "[-o OUT.po] TEMPLATE.pot)"},
      {{"init", "t.pot"}, "xloc init: error: the option --locale is required (usage: xloc init --locale LOCALE "
                          "[-o OUT.po] TEMPLATE.pot)"},
      {{"stats", "--frobnicate", "x.po"}, "xloc stats: error: unknown option '--frobnicate'"},
      {{"check", "--formt", "json", "x.po"}, "xloc check: error: unknown option '--formt'; did you mean '--format'?"},
      {{"release", "--thresh", "50"}, "xloc release: error: unknown option '--thresh'; did you mean '--threshold'?"},
      {{"--frobnicate"}, "xloc: error: unknown option '--frobnicate'; xloc's own options are --help and --version, "
                         "and a command comes first: xloc <command> [options]"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.args.front() + " " + (c.args.size() > 1 ? c.args[1] : ""));
    const test::ProcessResult r = test::run_xloc(c.args);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err.substr(0, r.err.find('\n')), c.first_line);
    EXPECT_EQ(r.out, "");
  }
}

// No message names CLI11's internals.
TEST(UsageErrors, NeverShowTheArgumentParsersWording) {
  const std::vector<std::vector<std::string>> calls = {
      {"check"}, {"update", "t.pot"}, {"stats"}, {"export"}, {"extract"}, {"release", "--threshold", "-5"}};
  for (const auto& args : calls) {
    const test::ProcessResult r = test::run_xloc(args);
    SCOPED_TRACE(args.front() + ": " + r.err);
    EXPECT_EQ(r.exit_code, 2);
    for (const char* internal : {"is required\n", "At least", "not in range", "0.000000", "Could not convert",
                                 "The following argument"})
      EXPECT_EQ(r.err.find(internal), std::string::npos) << internal;
  }
}

}  // namespace
}  // namespace xloc
