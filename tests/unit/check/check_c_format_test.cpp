// Tests of the "c-format" check (src/check/check_format.cpp) and of the
// C printf parser, src/check/format_c.cpp.
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

const std::vector<std::string> kC = {"c-format"};

TEST(CheckCFormat, Table) {
  expect_table("c-format", {
      {"de", {"%d files", "%d Dateien", kC}, {}},
      {"de", {"%s of %s", "%2$s von %1$s", kC}, {}},
      {"de", {"100%% done", "100%% fertig", kC}, {}},
      {"de", {"%d files", "%d Dateien"}, {}},  // not flagged: not checked
      {"de", {"%d files", "%s Dateien", kC}, {"argument 1 is '%d' (int) in the source but '%s' (string) in the translation"}},
      {"de", {"%d files", "Dateien", kC}, {"argument 1 ('%d') of the source is missing from the translation"}},
      {"de", {"%s", "%s %s", kC}, {"'%s' in the translation has no argument 2 in the source"}},
      {"de", {"%ld bytes", "%d Bytes", kC}, {"argument 1 is '%ld' (long int) in the source but '%d' (int) in the translation"}},
      {"de", {"%s", "%y", kC}, {"invalid format directive '%y': unknown conversion 'y' in the translation"}},
      {"de", {"%*d", "%*d", kC}, {}},
      {"de", {"%y", "%y", kC}, {"the source is not a valid c-format string: invalid format directive '%y': unknown conversion 'y'"}},
  });
}

TEST(CheckCFormat, PluralFormForOneNumberMayOmitTheNumber) {
  Row row{"One file", "", kC, "%d files", {"Eine Datei", "%d Dateien"}};
  EXPECT_EQ(run_check("c-format", make_catalog("de", {row})), std::vector<std::string>{});
  row.plural_translations = {"Eine Datei", "Dateien"};
  EXPECT_EQ(run_check("c-format", make_catalog("de", {row})),
            std::vector<std::string>{"10: error: argument 1 ('%d') of the source is missing from the translation"});
}

}  // namespace
}  // namespace xloc::test
