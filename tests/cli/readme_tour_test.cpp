// The README's "30-second tour" runs verbatim on a fresh clone: its shell
// block is read from README.md and run with bash in a copy of the
// repository's content/ and po/ (with the built xloc where the README says
// tools/release.sh puts it). Every command exits 0 but `xloc release`,
// which exits 1 (he and zh_CN are held back), and the clone's tracked
// files are left exactly as they were.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;

// The logical command lines of the first ```sh block after `heading`
// (a trailing backslash joins a line to the next).
std::vector<std::string> shell_block_after(const std::string& markdown, const std::string& heading) {
  std::vector<std::string> commands;
  const size_t at = markdown.find(heading);
  if (at == std::string::npos) return commands;
  const size_t open = markdown.find("```sh\n", at);
  if (open == std::string::npos) return commands;
  const size_t body = open + 6;
  const size_t close = markdown.find("```", body);
  std::istringstream lines(markdown.substr(body, close - body));
  std::string pending;
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\\') {
      pending += line.substr(0, line.size() - 1);
      continue;
    }
    pending += line;
    if (pending.find_first_not_of(" \t") != std::string::npos) commands.push_back(pending);
    pending.clear();
  }
  return commands;
}

// Every regular file under `dir` (relative path -> contents).
std::map<std::string, std::string> tree(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files[fs::relative(e.path(), dir).string()] = test::read_file(e.path().string());
  return files;
}

TEST(ReadmeTour, RunsVerbatimOnAFreshCloneAndLeavesItUntouched) {
  const std::vector<std::string> commands =
      shell_block_after(test::read_file(test::source_dir() + "/README.md"), "## A 30-second tour");
  ASSERT_GE(commands.size(), 8u) << "the tour's ```sh block was not found in README.md";
  EXPECT_EQ(commands.back().rfind("xloc release", 0), 0u) << commands.back();

  test::TempDir dir;
  const std::string clone = dir / "clone";
  fs::create_directories(clone);
  for (const char* part : {"content", "po"})
    fs::copy(test::source_dir() + "/" + part, clone + "/" + part, fs::copy_options::recursive);
  fs::create_directories(clone + "/build/release");
  fs::create_symlink(test::xloc_binary(), clone + "/build/release/xloc");
  fs::create_directories(dir / "tmp");

  // Each command, then its exit status into a file; the shell's state
  // (the tour's `cd`, PATH) carries over from line to line, as when typed.
  std::string script = "exec 2>&1\n";
  for (const std::string& c : commands) script += c + "\necho \"$?\" >> \"$TOUR_STATUS\"\n";
  script += "pwd > \"$TOUR_WHERE\"\n";
  const test::ProcessResult r = test::run({"bash", "-c", script}, clone, "",
                                          {"TOUR_STATUS=" + (dir / "status"), "TOUR_WHERE=" + (dir / "where"),
                                           "TMPDIR=" + (dir / "tmp"), "NO_COLOR=1"});
  ASSERT_EQ(r.exit_code, 0) << r.out;

  std::istringstream statuses(test::read_file(dir / "status"));
  std::vector<int> rc;
  for (int s; statuses >> s;) rc.push_back(s);
  ASSERT_EQ(rc.size(), commands.size()) << r.out;
  for (size_t i = 0; i + 1 < commands.size(); ++i) EXPECT_EQ(rc[i], 0) << commands[i] << "\n" << r.out;
  EXPECT_EQ(rc.back(), 1) << "release holds back he and zh_CN\n" << r.out;

  std::string where = test::read_file(dir / "where");
  while (!where.empty() && where.back() == '\n') where.pop_back();
  EXPECT_NE(where, clone) << "the tour works in a scratch copy";
  EXPECT_TRUE(fs::exists(where + "/po/it.po"));
  EXPECT_TRUE(fs::exists(where + "/de.xml"));
  EXPECT_TRUE(fs::exists(where + "/out/editions/manifest.json"));

  for (const char* part : {"content", "po"}) {
    const auto before = tree(test::source_dir() + "/" + part), after = tree(clone + "/" + part);
    std::vector<std::string> changed;
    for (const auto& [name, bytes] : before)
      if (auto it = after.find(name); it == after.end() || it->second != bytes) changed.push_back(name);
    for (const auto& [name, bytes] : after)
      if (!before.count(name)) changed.push_back(name + " (new)");
    EXPECT_TRUE(changed.empty()) << "the tour changed " << part << "/" << changed.front();
  }
}

}  // namespace
}  // namespace xloc
