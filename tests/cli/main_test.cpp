// End-to-end tests of `xloc` itself: help, version, dispatch.
#include <gtest/gtest.h>

#include "support/process.h"

namespace xloc {
namespace {

using test::run_xloc;

TEST(CliMain, HelpListsEveryCommand) {
  auto r = run_xloc({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* name : {"extract", "init", "update", "check", "export", "stats", "release"})
    EXPECT_NE(r.out.find(std::string("  ") + name), std::string::npos) << name;
}

TEST(CliMain, VersionPrintsTheProjectVersion) {
  auto r = run_xloc({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("xloc ", 0), 0u);
}

TEST(CliMain, UnknownCommandExits2WithASuggestion) {
  auto r = run_xloc({"updte"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "xloc: error: unknown command 'updte'\n"
            "Did you mean 'xloc update'?\n"
            "Run 'xloc --help' for the list of commands.\n");
}

TEST(CliMain, NoArgumentsIsAUsageError) {
  auto r = run_xloc({});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("Usage: xloc <command>"), std::string::npos);
}

}  // namespace
}  // namespace xloc
