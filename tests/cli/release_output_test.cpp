// What `xloc release` prints: one line per locale with counts (a site of
// hundreds of articles must not print every edition's path on it), the
// paths with --verbose, only what was held back with --quiet; counts with
// their nouns in the right number; columns that hold for long locale ids.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;

std::string copy_project(const test::TempDir& dir) {
  for (const char* sub : {"content", "po"})
    fs::copy(test::source_dir() + "/" + sub, dir / sub, fs::copy_options::recursive);
  return dir.path();
}

std::string line_of(const std::string& out, const std::string& start) {
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind(start, 0) == 0) return line;
  return "";
}

TEST(ReleaseOutput, OneLinePerLocaleWithCountsAndPathsOnlyWhenVerbose) {
  test::TempDir dir;
  const std::string project = copy_project(dir);
  auto r = test::run_xloc({"release", "--project", project, "--out", dir / "out"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(line_of(r.out, "  de "), "  de     shipped   100.0%  0 errors, 0 warnings, 1 edition");
  EXPECT_EQ(r.out.find("knee-health.xml"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.rfind("knee-health: 8 of 10 locales shipped, 2 held back", 0), 0u) << r.out;

  auto verbose = test::run_xloc({"release", "-v", "--project", project, "--out", dir / "out"});
  ASSERT_EQ(verbose.exit_code, 1);
  EXPECT_NE(verbose.out.find("         " + (dir / "out") + "/editions/de/knee-health.xml\n"), std::string::npos)
      << verbose.out;
}

TEST(ReleaseOutput, QuietPrintsOnlyWhatWasHeldBack) {
  test::TempDir dir;
  const std::string project = copy_project(dir);
  auto r = test::run_xloc({"release", "--quiet", "--project", project, "--out", dir / "out"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(line_of(r.out, "  de "), "");
  EXPECT_NE(line_of(r.out, "  he "), "");
  EXPECT_NE(line_of(r.out, "  zh_CN "), "");
  EXPECT_EQ(r.out.find("Manifest:"), std::string::npos);

  auto both = test::run_xloc({"release", "-q", "-v", "--project", project, "--out", dir / "out"});
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_NE(both.err.find("cannot be used together"), std::string::npos) << both.err;
}

TEST(ReleaseOutput, ColumnsHoldForLongLocaleIds) {
  test::TempDir dir;
  const std::string project = copy_project(dir);
  test::write_file(dir / "po/LINGUAS", "de\nsr@latin\n");
  fs::copy_file(dir / "po/ru.po", dir / "po/sr@latin.po");
  auto r = test::run_xloc({"release", "--project", project, "--out", dir / "out"});
  const std::string de = line_of(r.out, "  de "), sr = line_of(r.out, "  sr@latin ");
  ASSERT_NE(de, "") << r.out;
  ASSERT_NE(sr, "") << r.out;
  EXPECT_EQ(de.find("shipped"), sr.find(sr.find("held back") != std::string::npos ? "held back" : "shipped"));
}

}  // namespace
}  // namespace xloc
