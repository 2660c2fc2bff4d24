// End-to-end tests of `xloc update`'s msgmerge options beyond layout:
// --lang, --backup/--suffix, a reference that is a PO file, an unchanged
// catalog left untouched, and a bad value for every option (exit 2,
// nothing written).
#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;
using test::read_file;
using test::run_xloc;
using test::write_file;

const std::string kPot =
    "msgid \"\"\nmsgstr \"\"\n\"POT-Creation-Date: 2026-12-01 10:00+0000\\n\"\n"
    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
    "msgid \"Open\"\nmsgstr \"\"\n";

std::string catalog(const std::string& fields) {
  return "msgid \"\"\nmsgstr \"\"\n\"POT-Creation-Date: 2026-12-01 10:00+0000\\n\"\n" + fields +
         "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"Open\"\nmsgstr \"Öffnen\"\n";
}

TEST(CliUpdateOptions, LangSetsTheLanguageField) {
  test::TempDir dir;
  write_file(dir / "t.pot", kPot);
  write_file(dir / "de.po", catalog("\"Language: en\\n\"\n"));
  auto r = run_xloc({"update", "--lang=de_AT", dir / "t.pot", dir / "de.po"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(dir / "de.po"), catalog("\"Language: de_AT\\n\"\n"));
}

TEST(CliUpdateOptions, LanguageIsInferredFromLanguageTeam) {
  test::TempDir dir;
  write_file(dir / "t.pot", kPot);
  write_file(dir / "de.po", catalog("\"Language-Team: German <de@li.org>\\n\"\n"));
  write_file(dir / "xx.po", catalog("\"Language-Team: Klingon Fans <kl@example.org>\\n\"\n"));
  ASSERT_EQ(run_xloc({"update", dir / "t.pot", dir / "de.po", dir / "xx.po"}).exit_code, 0);
  EXPECT_EQ(read_file(dir / "de.po"), catalog("\"Language-Team: German <de@li.org>\\n\"\n\"Language: de\\n\"\n"));
  // Not recognized: an empty field, as msgmerge writes it.
  EXPECT_EQ(read_file(dir / "xx.po"),
            catalog("\"Language-Team: Klingon Fans <kl@example.org>\\n\"\n\"Language: \\n\"\n"));
}

TEST(CliUpdateOptions, UnchangedCatalogIsNotTouched) {
  test::TempDir dir;
  write_file(dir / "t.pot", kPot);
  const std::string de = catalog("\"Language: de\\n\"\n");
  write_file(dir / "de.po", de);
  const auto before = fs::last_write_time(dir / "de.po");
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  auto r = run_xloc({"update", "--backup=simple", dir / "t.pot", dir / "de.po"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("; unchanged"), std::string::npos) << r.out;
  EXPECT_EQ(fs::last_write_time(dir / "de.po"), before);
  EXPECT_FALSE(fs::exists(dir / "de.po~")) << "no backup of a file that was not rewritten";
}

TEST(CliUpdateOptions, BackupsKeepTheOldFile) {
  test::TempDir dir;
  write_file(dir / "t.pot", kPot);
  const std::string old = catalog("\"Language: en\\n\"\n");
  write_file(dir / "de.po", old);
  ASSERT_EQ(run_xloc({"update", "--lang=de", "--backup", "--suffix=.orig", dir / "t.pot", dir / "de.po"}).exit_code, 0);
  EXPECT_EQ(read_file(dir / "de.po.orig"), old);  // "existing" without numbered backups: simple
  write_file(dir / "de.po", old);
  ASSERT_EQ(run_xloc({"update", "--lang=de", "--backup=numbered", dir / "t.pot", dir / "de.po"}).exit_code, 0);
  ASSERT_EQ(run_xloc({"update", "--lang=fr", "--backup=t", dir / "t.pot", dir / "de.po"}).exit_code, 0);
  EXPECT_EQ(read_file(dir / "de.po.~1~"), old);
  EXPECT_EQ(read_file(dir / "de.po.~2~"), catalog("\"Language: de\\n\"\n"));
  ASSERT_EQ(run_xloc({"update", "--lang=it", "--backup=existing", dir / "t.pot", dir / "de.po"}).exit_code, 0);
  EXPECT_EQ(read_file(dir / "de.po.~3~"), catalog("\"Language: fr\\n\"\n"));
}

// msgmerge def.po ref.po: the reference's msgstrs are ignored.
TEST(CliUpdateOptions, AReferenceWithTranslationsIsAcceptedWithAWarning) {
  test::TempDir dir;
  write_file(dir / "ref.po", catalog("\"Language: fr\\n\"\n"));  // "Öffnen" as a translation
  write_file(dir / "de.po", "msgid \"Open\"\nmsgstr \"Aufmachen\"\n\nmsgid \"Close\"\nmsgstr \"Zu\"\n");
  auto r = run_xloc({"update", "--no-fuzzy", dir / "ref.po", dir / "de.po"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(dir / "ref.po:8:1: warning: the template has translations; they are ignored"), std::string::npos)
      << r.err;
  EXPECT_EQ(read_file(dir / "de.po"), "msgid \"\"\nmsgstr \"\"\n\"POT-Creation-Date: 2026-12-01 10:00+0000\\n\"\n"
                                      "\"Language: fr\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                                      "msgid \"Open\"\nmsgstr \"Aufmachen\"\n\n#~ msgid \"Close\"\n#~ msgstr \"Zu\"\n");
}

TEST(CliUpdateOptions, BadValuesExit2AndWriteNothing) {
  test::TempDir dir;
  write_file(dir / "t.pot", kPot);
  const std::string de = catalog("\"Language: en\\n\"\n");
  write_file(dir / "de.po", de);
  struct Case {
    std::vector<std::string> options;
    std::string error;
  };
  const Case cases[] = {
      {{"--lang=german"}, "xloc update: error: --lang 'german' is not a catalog name"},
      {{"--lang="}, "xloc update: error: '--lang=' needs a value after '='"},
      {{"--lang", ""}, "xloc update: error: --lang '' is not a catalog name"},
      {{"--lang=de_de"}, "xloc update: error: --lang 'de_de' is not a catalog name"},
      {{"--width=0"}, "xloc update: error: --width '0' is not a positive number of columns"},
      {{"-w", "wide"}, "xloc update: error: --width 'wide' is not a positive number of columns"},
      {{"-w", "-3"}, "xloc update: error"},
      {{"-w", "80x"}, "xloc update: error: --width '80x' is not a positive number of columns"},
      {{"--add-location=lines"}, "xloc update: error: --add-location 'lines' is not one of full, file, never"},
      {{"--sort-output", "--sort-by-file"}, "xloc update: error: --sort-output and --sort-by-file are mutually exclusive"},
      {{"--backup=sometimes"}, "xloc update: error: --backup 'sometimes' is not one of"},
      {{"--backup", "--suffix", ""}, "xloc update: error: --suffix '' must be non-empty and hold no '/'"},
      {{"--add-location=", "--no-wrap"}, "xloc update: error: '--add-location=' needs a value after '='"},
      {{"--backup="}, "xloc update: error: '--backup=' needs a value after '='"},
      {{"--backup", "--suffix=/x"}, "xloc update: error: --suffix '/x' must be non-empty"},
      {{"--backup=simple", "-o", dir / "out.po"}, "xloc update: error: --backup applies to catalogs rewritten in place"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args{"update"};
    args.insert(args.end(), c.options.begin(), c.options.end());
    args.insert(args.end(), {dir / "t.pot", dir / "de.po"});
    SCOPED_TRACE(c.error);
    auto r = run_xloc(args);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err.rfind(c.error, 0), 0u) << r.err;
    EXPECT_EQ(read_file(dir / "de.po"), de);
    EXPECT_FALSE(fs::exists(dir / "out.po"));
    EXPECT_FALSE(fs::exists(dir / "de.po~"));
  }
}

}  // namespace
}  // namespace xloc
