// Habits users bring from gettext and GNU tools: folders of catalogs,
// names given twice read once, lists after --disable, -j wherever --jobs
// is, -o on release, gettext locale names with a modifier.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;

std::string repo(const std::string& relative) { return test::source_dir() + "/" + relative; }

size_t occurrences(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(Conventions, CheckAndStatsTakeFoldersAndReadEachCatalogOnce) {
  auto stats = test::run_xloc({"stats", repo("po"), repo("po/de.po"), repo("po/./de.po")});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_EQ(occurrences(stats.out, "de.po "), 1u) << stats.out;
  EXPECT_EQ(occurrences(stats.out, ".po "), 10u) << stats.out;  // the ten catalogs, not the template
  EXPECT_NE(stats.out.find("\ntotal "), std::string::npos);

  auto check = test::run_xloc({"check", "-j", "2", repo("po")});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("10 catalogs"), std::string::npos) << check.out;

  test::TempDir empty;
  auto none = test::run_xloc({"check", empty.path()});
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_EQ(none.err, "xloc check: error: the folder '" + empty.path() + "' holds no .po file\n");
}

TEST(Conventions, DisableTakesAList) {
  test::TempDir dir;
  test::write_file(dir / "de.po",
                   "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                   "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n"
                   "msgid \"Save 30 files.\"\nmsgstr \"Speichern  Dateien.\"\n");
  auto all = test::run_xloc({"check", "--strict", dir / "de.po"});
  EXPECT_EQ(all.exit_code, 1);
  EXPECT_NE(all.out.find("[numbers]"), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("[repeated-spaces]"), std::string::npos) << all.out;
  auto quiet = test::run_xloc({"check", "--strict", "--disable", "numbers,repeated-spaces,end-punctuation",
                               dir / "de.po"});
  EXPECT_EQ(quiet.out.find("[numbers]"), std::string::npos) << quiet.out;
  EXPECT_EQ(quiet.out.find("[repeated-spaces]"), std::string::npos) << quiet.out;
}

TEST(Conventions, ReleaseTakesDashOAndRefusesAStream) {
  test::TempDir dir;
  for (const char* sub : {"content", "po"}) fs::copy(repo(sub), dir / sub, fs::copy_options::recursive);
  auto r = test::run_xloc({"release", "--project", dir.path(), "-o", dir / "editions-out"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(fs::exists(dir / "editions-out/editions/manifest.json"));
  auto stream = test::run_xloc({"release", "--project", dir.path(), "-o", "-"});
  EXPECT_EQ(stream.exit_code, 2);
  EXPECT_NE(stream.err.find("not a stream"), std::string::npos) << stream.err;
}

TEST(Conventions, InitWritesGettextNamesForLocalesWithAModifier) {
  test::TempDir dir;
  fs::copy_file(repo("po/knee-health.pot"), dir / "t.pot");
  for (const auto& [given, name] : {std::pair{"ca-valencia", "ca@valencia"}, std::pair{"sr@latin", "sr@latin"},
                                    std::pair{"sr-Latn", "sr@latin"}, std::pair{"be@tarask", "be@tarask"}}) {
    SCOPED_TRACE(given);
    fs::remove(dir / (std::string(name) + ".po"));
    auto r = test::run_xloc({"init", "--locale", given, dir / "t.pot"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string po = test::read_file(dir / (std::string(name) + ".po"));
    EXPECT_NE(po.find("\"Language: " + std::string(name) + "\\n\""), std::string::npos) << po.substr(0, 600);
  }
}

}  // namespace
}  // namespace xloc
