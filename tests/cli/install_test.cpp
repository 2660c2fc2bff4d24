// `cmake --install` puts xloc where GNU tools go: bin/xloc, a manual page
// per command (made from the command table, so it lists what --help lists),
// bash/zsh/fish completions, and a CMake package that another project finds
// with find_package(xloc). Also `xloc --version` and `xloc help CMD`.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;

// The command names `xloc --help` lists.
std::vector<std::string> listed_commands() {
  const std::string help = test::run_xloc({"--help"}).out;
  std::vector<std::string> names;
  const std::regex row(R"(\n  ([a-z-]+) +)");
  for (auto it = std::sregex_iterator(help.begin(), help.end(), row); it != std::sregex_iterator(); ++it)
    names.push_back((*it)[1]);
  return names;
}

// The long options `xloc CMD --help` shows.
std::set<std::string> long_options(const std::string& command) {
  const std::string help = test::run_xloc({command, "--help"}).out;
  std::set<std::string> names;
  const std::regex option(R"((--[a-z][a-z-]*))");
  for (auto it = std::sregex_iterator(help.begin(), help.end(), option); it != std::sregex_iterator(); ++it)
    names.insert((*it)[1]);
  return names;
}

class Install : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    prefix_ = new test::TempDir;
    result_ = test::run({"cmake", "--install", test::build_dir(), "--prefix", prefix_->path()});
  }
  static void TearDownTestSuite() {
    delete prefix_;
    prefix_ = nullptr;
  }
  void SetUp() override { ASSERT_EQ(result_.exit_code, 0) << result_.out << result_.err; }
  static std::string installed(const std::string& relative) { return *prefix_ / relative; }

  static test::TempDir* prefix_;
  static test::ProcessResult result_;
};
test::TempDir* Install::prefix_ = nullptr;
test::ProcessResult Install::result_;

TEST_F(Install, PutsTheCommandManualPagesAndCompletionsAtTheGnuPaths) {
  EXPECT_EQ(test::run({installed("bin/xloc"), "--version"}).exit_code, 0);
  const std::vector<std::string> commands = listed_commands();
  ASSERT_GE(commands.size(), 7u);
  EXPECT_TRUE(fs::exists(installed("share/man/man1/xloc.1")));
  for (const std::string& c : commands) {
    SCOPED_TRACE(c);
    const std::string page = test::read_file(installed("share/man/man1/xloc-" + c + ".1"));
    ASSERT_FALSE(page.empty());
    // The page documents every option --help shows ('-' is "\-" in roff).
    for (std::string option : long_options(c)) {
      option = std::regex_replace(option, std::regex("-"), "\\-");
      EXPECT_NE(page.find(option), std::string::npos) << option;
    }
    EXPECT_NE(test::read_file(installed("share/man/man1/xloc.1")).find("xloc\\-" + std::regex_replace(c, std::regex("-"), "\\-")),
              std::string::npos);
  }
  for (const char* f : {"share/bash-completion/completions/xloc", "share/zsh/site-functions/_xloc",
                        "share/fish/vendor_completions.d/xloc.fish", "lib/cmake/xloc/xlocConfig.cmake",
                        "lib/cmake/xloc/xlocConfigVersion.cmake", "lib/cmake/xloc/xlocTargets.cmake"})
    EXPECT_TRUE(fs::exists(installed(f))) << f;
}

// groff reads every page without a warning (-ww: all warnings).
TEST_F(Install, ManualPagesAreCleanRoff) {
  if (!test::have_program("groff")) GTEST_SKIP() << "groff is not installed";
  for (const auto& e : fs::directory_iterator(installed("share/man/man1"))) {
    SCOPED_TRACE(e.path().string());
    auto r = test::run({"groff", "-man", "-Tutf8", "-ww", "-z", e.path().string()});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.err, "");
  }
}

TEST_F(Install, BashCompletesCommandsAndTheirOptions) {
  const std::string script = installed("share/bash-completion/completions/xloc");
  auto complete = [&](const std::string& words, int cword) {
    return test::run({"bash", "-c",
                      "source '" + script + "'; COMP_WORDS=(" + words + "); COMP_CWORD=" + std::to_string(cword) +
                          "; _xloc; echo \"${COMPREPLY[*]}\""})
        .out;
  };
  EXPECT_EQ(complete("xloc ch", 1), "check\n");
  EXPECT_EQ(complete("xloc check --st", 2), "--strict\n");
  EXPECT_EQ(complete("xloc help rel", 2), "release\n");
}

TEST_F(Install, ZshAndFishCompletionsParse) {
  for (const auto& [shell, file] : {std::pair{"zsh", "share/zsh/site-functions/_xloc"},
                                    std::pair{"fish", "share/fish/vendor_completions.d/xloc.fish"}}) {
    const std::string text = test::read_file(installed(file));
    for (const std::string& c : listed_commands()) EXPECT_NE(text.find(c), std::string::npos) << shell << " " << c;
    if (test::have_program(shell)) {
      auto r = test::run({shell, "-n", installed(file)});
      EXPECT_EQ(r.exit_code, 0) << shell << ": " << r.err;
    }
  }
}

// Another CMake project finds the installed package and runs xloc::xloc.
TEST_F(Install, FindPackageGivesTheImportedCommand) {
  test::TempDir project;
  test::write_file(project / "CMakeLists.txt",
                   "cmake_minimum_required(VERSION 3.25)\n"
                   "project(uses_xloc NONE)\n"
                   "find_package(xloc 0.1 REQUIRED)\n"
                   "add_custom_target(version ALL COMMAND xloc::xloc --version > ${CMAKE_BINARY_DIR}/version.txt)\n");
  auto configure = test::run({"cmake", "-S", project.path(), "-B", project / "build",
                              "-DCMAKE_PREFIX_PATH=" + prefix_->path()});
  ASSERT_EQ(configure.exit_code, 0) << configure.out << configure.err;
  auto build = test::run({"cmake", "--build", project / "build"});
  ASSERT_EQ(build.exit_code, 0) << build.out << build.err;
  EXPECT_EQ(test::read_file(project / "build/version.txt").rfind("xloc ", 0), 0u);
}

TEST(Version, NamesTheLibrariesXlocRunsWith) {
  auto r = test::run_xloc({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(^xloc \d+\.\d+\.\d+ \(ICU \d+\.\d+(\.\d+)*, pugixml \d+\.\d+)")))
      << r.out;
}

TEST(HelpCommand, IsTheCommandsOwnHelp) {
  auto via_help = test::run_xloc({"help", "check"});
  auto direct = test::run_xloc({"check", "--help"});
  EXPECT_EQ(via_help.exit_code, 0);
  EXPECT_EQ(via_help.out, direct.out);
  auto unknown = test::run_xloc({"help", "frobnicate"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown command 'frobnicate'"), std::string::npos) << unknown.err;
}

}  // namespace
}  // namespace xloc
