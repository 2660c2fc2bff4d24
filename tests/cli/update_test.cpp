// End-to-end tests of `xloc update`.
#include <gtest/gtest.h>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

using test::read_file;
using test::run_xloc;
using test::write_file;

const char* const kHeader =
    "msgid \"\"\n"
    "msgstr \"\"\n"
    "\"Project-Id-Version: knee-health\\n\"\n"
    "\"POT-Creation-Date: %DATE%\\n\"\n"
    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
    "%EXTRA%\n";

std::string header(const std::string& date, const std::string& extra = "") {
  std::string h = kHeader;
  h.replace(h.find("%DATE%"), 6, date);
  h.replace(h.find("%EXTRA%"), 7, extra);
  return h;
}

const std::string kPot = header("2026-11-25 10:00+0000") +
                         "msgid \"Bend the knee slowly.\"\nmsgstr \"\"\n\n"
                         "msgid \"Stretch the leg and hold it for ten seconds.\"\nmsgstr \"\"\n";

const std::string kDe = header("2026-01-01 00:00+0000", "\"Language: de\\n\"\n") +
                        "msgid \"Bend the knee slowly.\"\nmsgstr \"Beugen Sie das Knie langsam.\"\n\n"
                        "msgid \"Stretch the leg and hold it for five seconds.\"\n"
                        "msgstr \"Strecken Sie das Bein und halten Sie es fünf Sekunden.\"\n\n"
                        "msgid \"Rest.\"\nmsgstr \"Ruhe.\"\n";

TEST(CliUpdate, UpdatesCatalogsInPlace) {
  test::TempDir dir;
  write_file(dir / "knee.pot", kPot);
  write_file(dir / "de.po", kDe);
  write_file(dir / "fr.po", header("2026-01-01 00:00+0000", "\"Language: fr\\n\"\n"));
  auto r = run_xloc({"update", dir / "knee.pot", dir / "de.po", dir / "fr.po"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, dir / "de.po" + ": 1 exact (0 revived), 0 trivial, 1 fuzzy, 0 untranslated, 1 obsoleted\n" +
                       dir / "fr.po" + ": 0 exact (0 revived), 0 trivial, 0 fuzzy, 2 untranslated, 0 obsoleted\n");
  EXPECT_EQ(read_file(dir / "de.po"),
            header("2026-11-25 10:00+0000", "\"Language: de\\n\"\n") +
                "msgid \"Bend the knee slowly.\"\nmsgstr \"Beugen Sie das Knie langsam.\"\n\n"
                "# xloc: fuzzy match, similarity 94%\n"
                "#, fuzzy\n"
                "#| msgid \"Stretch the leg and hold it for five seconds.\"\n"
                "msgid \"Stretch the leg and hold it for ten seconds.\"\n"
                "msgstr \"Strecken Sie das Bein und halten Sie es fünf Sekunden.\"\n\n"
                "#~ msgid \"Rest.\"\n#~ msgstr \"Ruhe.\"\n");
  if (test::have_program("msgfmt")) {
    auto check = test::run({"msgfmt", "-c", "-o", "/dev/null", dir / "de.po"});
    EXPECT_EQ(check.exit_code, 0) << check.err;
  }
}

TEST(CliUpdate, NoFuzzyAndCompendium) {
  test::TempDir dir;
  write_file(dir / "knee.pot", kPot);
  write_file(dir / "de.po", header("2026-01-01 00:00+0000"));
  write_file(dir / "memory.po", kDe);
  auto r = run_xloc({"update", "--no-fuzzy", "--compendium", dir / "memory.po", "-o", dir / "out.po", dir / "knee.pot",
                     dir / "de.po"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string out = read_file(dir / "out.po");
  EXPECT_NE(out.find("msgstr \"Beugen Sie das Knie langsam.\""), std::string::npos) << out;  // exact, from compendium
  EXPECT_EQ(out.find("fuzzy"), std::string::npos) << out;
  EXPECT_EQ(read_file(dir / "de.po"), header("2026-01-01 00:00+0000"));  // -o leaves the input alone
}

// Plural -> singular, once under a new msgid (fuzzy) and once under the same
// one: whole file pinned, and GNU gettext reads it without complaint.
TEST(CliUpdate, PluralFormsOfMessagesThatBecameSingularAreKept) {
  test::TempDir dir;
  const std::string plural_forms =
      "\"Language: pl\\n\"\n"
      "\"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2);\\n\"\n";
  write_file(dir / "knee.pot", header("2026-11-25 10:00+0000") +
                                   "msgid \"You did one exercise today.\"\nmsgstr \"\"\n\n"
                                   "msgid \"%d session\"\nmsgstr \"\"\n");
  write_file(dir / "pl.po", header("2026-01-01 00:00+0000", plural_forms) +
                                "msgid \"You did one exercise today\"\n"
                                "msgid_plural \"You did %d exercises today\"\n"
                                "msgstr[0] \"Wykonano dziś jedno ćwiczenie\"\n"
                                "msgstr[1] \"Wykonano dziś %d ćwiczenia\"\n"
                                "msgstr[2] \"Wykonano dziś %d ćwiczeń\"\n\n"
                                "msgid \"%d session\"\nmsgid_plural \"%d sessions\"\n"
                                "msgstr[0] \"%d sesja\"\nmsgstr[1] \"%d sesje\"\nmsgstr[2] \"%d sesji\"\n");
  auto r = run_xloc({"update", dir / "knee.pot", dir / "pl.po"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string out = read_file(dir / "pl.po");
  EXPECT_EQ(out, header("2026-11-25 10:00+0000", plural_forms) +
                     "# xloc: fuzzy match, similarity 98%\n"
                     "#, fuzzy\n"
                     "#| msgid \"You did one exercise today\"\n"
                     "#| msgid_plural \"You did %d exercises today\"\n"
                     "msgid \"You did one exercise today.\"\n"
                     "msgstr \"Wykonano dziś jedno ćwiczenie\"\n\n"
                     "# xloc: dropped plural form [1]: %d sesje\n"
                     "# xloc: dropped plural form [2]: %d sesji\n"
                     "#, fuzzy\n"
                     "#| msgid \"%d session\"\n"
                     "#| msgid_plural \"%d sessions\"\n"
                     "msgid \"%d session\"\n"
                     "msgstr \"%d sesja\"\n\n"
                     "#~ msgid \"You did one exercise today\"\n"
                     "#~ msgid_plural \"You did %d exercises today\"\n"
                     "#~ msgstr[0] \"Wykonano dziś jedno ćwiczenie\"\n"
                     "#~ msgstr[1] \"Wykonano dziś %d ćwiczenia\"\n"
                     "#~ msgstr[2] \"Wykonano dziś %d ćwiczeń\"\n");
  for (const char* tool : {"msgfmt", "msgcat"}) {
    if (!test::have_program(tool)) continue;
    auto check = std::string(tool) == "msgfmt" ? test::run({"msgfmt", "-c", "-o", "/dev/null", dir / "pl.po"})
                                               : test::run({"msgcat", "-o", "/dev/null", dir / "pl.po"});
    EXPECT_EQ(check.exit_code, 0) << tool << ": " << check.err;
  }
}

// Any bad input: exit 2, a message with file:line:column, nothing written.
TEST(CliUpdate, BadInputWritesNothing) {
  test::TempDir dir;
  write_file(dir / "knee.pot", kPot);
  write_file(dir / "de.po", kDe);
  write_file(dir / "broken.po", "msgid \"a\"\nmsgstr \"unterminated\n");
  write_file(dir / "translated.pot", "msgid \"a\"\nmsgstr \"b\"\n");
  write_file(dir / "empty.po", "msgid \"a\"\nmsgstr \"\"\n");
  struct Case {
    std::vector<std::string> args;
    std::string err_prefix;
  };
  const Case cases[] = {
      {{dir / "knee.pot", dir / "de.po", dir / "broken.po"}, dir / "broken.po:2:"},
      // Swapped arguments: the "catalog" has nothing translated.
      {{dir / "translated.pot", dir / "empty.po"},
       dir / "translated.pot:2:1: error: a template has no translations, but this msgstr is not empty"},
      {{dir / "knee.pot", dir / "de.po", dir / "missing.po"}, dir / "missing.po"},
      {{"-o", dir / "x.po", dir / "knee.pot", dir / "de.po", dir / "de.po"},
       "xloc update: error: -o needs exactly one catalog, got 2"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args{"update"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    auto r = run_xloc(args);
    EXPECT_EQ(r.exit_code, 2) << c.err_prefix;
    EXPECT_EQ(r.err.rfind(c.err_prefix, 0), 0u) << r.err;
    EXPECT_NE(r.err.find("xloc update: nothing was written\n"), std::string::npos) << r.err;
    EXPECT_EQ(read_file(dir / "de.po"), kDe);
    EXPECT_EQ(read_file(dir / "x.po"), "");
  }
}

TEST(CliUpdate, UsageErrors) {
  auto r = run_xloc({"update", "only.pot"});
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace
}  // namespace xloc
