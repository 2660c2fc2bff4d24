// The README's main command, as a new user runs it: a fresh clone of the
// repository, then tools/release.sh. Slow (a release build), so the asan
// test preset leaves it out; the dev preset runs it.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;

TEST(MainCommand, FreshCloneReleasesTheBundledArticle) {
  if (!fs::exists(test::source_dir() + "/.git")) GTEST_SKIP() << "not a git checkout";
  test::TempDir dir;
  const std::string clone = dir / "xloc";
  auto cloned = test::run({"git", "clone", "--quiet", "--no-hardlinks", test::source_dir(), clone});
  ASSERT_EQ(cloned.exit_code, 0) << cloned.err;

  auto r = test::run({"tools/release.sh"}, clone);
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("knee-health: 8 of 10 locales shipped, 2 held back"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("release.sh: done; some locales were held back"), std::string::npos) << r.out;

  auto manifest = nlohmann::json::parse(test::read_file(clone + "/out/editions/manifest.json"));
  EXPECT_EQ(manifest["shipped"], 8);
  EXPECT_EQ(manifest["held_back"], 2);
  for (const auto& [lang, locale] : manifest["locales"].items()) {
    if (locale["status"] != "shipped") continue;
    const std::string path = clone + "/out/editions/" + locale["editions"][0]["path"].get<std::string>();
    EXPECT_TRUE(fs::exists(path)) << path;
  }
  EXPECT_TRUE(fs::exists(clone + "/out/report.html"));
  // The release changed nothing that is committed.
  auto status = test::run({"git", "status", "--porcelain", "--untracked-files=no"}, clone);
  EXPECT_EQ(status.out, "");
}

}  // namespace
}  // namespace xloc
