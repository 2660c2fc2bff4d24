// End-to-end tests of `xloc init`.
#include <gtest/gtest.h>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

using test::read_file;
using test::run_xloc;
using test::write_file;

const char* const kTemplate =
    "# SOME DESCRIPTIVE TITLE.\n"
    "#, fuzzy\n"
    "msgid \"\"\n"
    "msgstr \"\"\n"
    "\"Project-Id-Version: knee-health\\n\"\n"
    "\"Report-Msgid-Bugs-To: \\n\"\n"
    "\"POT-Creation-Date: 2026-11-25 10:00+0000\\n\"\n"
    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
    "\n"
    "#: a.xml:1\n"
    "msgid \"Knee\"\n"
    "msgstr \"\"\n"
    "\n"
    "msgid \"%d exercise\"\n"
    "msgid_plural \"%d exercises\"\n"
    "msgstr[0] \"\"\n"
    "msgstr[1] \"\"\n";

TEST(CliInit, WritesACatalogBesideTheTemplateWithCldrPluralForms) {
  test::TempDir dir;
  write_file(dir / "knee.pot", kTemplate);
  auto r = run_xloc({"init", "--locale", "pl", dir / "knee.pot"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string po = read_file(dir / "pl.po");
  EXPECT_NE(po.find("\"Project-Id-Version: knee-health\\n\""), std::string::npos) << po;
  EXPECT_NE(po.find("\"Language: pl\\n\""), std::string::npos);
  EXPECT_NE(po.find("\"Language-Team: Polish\\n\""), std::string::npos);
  EXPECT_NE(po.find("\"Plural-Forms: nplurals=3; plural=(n == 1 ? 0 : (n % 10 >= 2 && n % 10 <= 4 "), std::string::npos);
  EXPECT_NE(po.find("msgstr[2] \"\""), std::string::npos);
  EXPECT_EQ(po.find("fuzzy"), std::string::npos);  // the header is no longer a draft
  if (test::have_program("msgfmt")) {
    auto check = test::run({"msgfmt", "-c", "-o", "/dev/null", dir / "pl.po"});
    EXPECT_EQ(check.exit_code, 0) << check.err;
  }
}

TEST(CliInit, CanonicalisesTheLocaleForLanguageAndFileName) {
  test::TempDir dir;
  write_file(dir / "knee.pot", kTemplate);
  auto r = run_xloc({"init", "--locale", "pt-br", dir / "knee.pot"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(read_file(dir / "pt_BR.po").find("\"Language: pt_BR\\n\""), std::string::npos);
}

TEST(CliInit, BadInputExits2AndWritesNothing) {
  test::TempDir dir;
  write_file(dir / "knee.pot", kTemplate);
  write_file(dir / "bad.pot", "msgid \"a\"\nmsgstr \"b\n");
  write_file(dir / "translated.pot", "msgid \"a\"\nmsgstr \"b\"\n");
  write_file(dir / "de.po", "existing");
  struct Case {
    std::vector<std::string> args;
    std::string err;
  };
  const Case cases[] = {
      {{"init", "--locale", "xx-nonsense", "-o", dir / "x.po", dir / "knee.pot"},
       "xloc init: error: unknown locale 'xx-nonsense': CLDR has no plural rules for it\n"},
      {{"init", "--locale", "../etc", "-o", dir / "x.po", dir / "knee.pot"},
       "xloc init: error: ill-formed locale '../etc'\n"},
      {{"init", "--locale", "de", dir / "knee.pot"},
       "xloc init: error: '" + dir / "de.po" + "' already exists; run 'xloc update' to update it\n"},
      {{"init", "--locale", "fr", "-o", dir / "x.po", dir / "translated.pot"},
       dir / "translated.pot" + ":2:1: error: a template has no translations, but this msgstr is not empty: is it a "
                                "catalog? near 'b'\n"},
  };
  for (const Case& c : cases) {
    auto r = run_xloc(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.err;
    EXPECT_EQ(r.err, c.err);
  }
  auto r = run_xloc({"init", "--locale", "fr", "-o", dir / "x.po", dir / "bad.pot"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.rfind(dir / "bad.pot:2:", 0), 0u) << r.err;
  EXPECT_EQ(read_file(dir / "x.po"), "");
  EXPECT_EQ(read_file(dir / "de.po"), "existing");
}

}  // namespace
}  // namespace xloc
