// Tests of the "normalization" check (src/check/check_normalization.cpp).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

using Strings = std::vector<std::string>;

TEST(CheckNormalization, Table) {
  expect_table("normalization", {
      {"fr", {"Cafe", "Café"}, {}},
      {"fr", {"Cafe", "Cafe\u0301 noir"}, {"the translation is not in NFC: 'e\u0301' is U+0065 U+0301 instead of U+00E9"}},
      {"vi", {"Vietnamese", "Tie\u0302\u0301ng Việt"}, {"the translation is not in NFC: 'e\u0302\u0301' is U+0065 U+0302 U+0301 instead of U+1EBF"}},
  });
}

// Decomposed text comes from an input method, so a whole catalog has it:
// one warning, at the first message, counting the others and naming a few.
TEST(CheckNormalization, OneWarningPerCatalogCountingTheMessages) {
  std::vector<Row> rows;
  for (int i = 0; i < 9; ++i) rows.push_back({"Cafe " + std::to_string(i), "Cafe\u0301 " + std::to_string(i)});
  rows[2].flags = {"ignore-normalization"};          // line 40 once "Open" is first: not counted
  rows[4].translation = "Caf\u00e9 4";                  // line 60: NFC
  rows.insert(rows.begin(), Row{"Open", "Abrir"});   // line 10: ASCII
  const Catalog catalog = make_catalog("es", rows);
  EXPECT_EQ(run_check("normalization", catalog),
            (Strings{"20: warning: 7 messages are not in NFC (first here: 'e\u0301' is U+0065 U+0301 instead of "
                     "U+00E9; also lines 30, 50, 70, 80, 90, …)"}));
}

TEST(CheckNormalization, ManyFormsOfOnePluralMessageCountOnce) {
  const Row plural{"One file", "", {}, "%d files", {"archivo\u0301", "archivos\u0301"}};
  EXPECT_EQ(run_check("normalization", make_catalog("es", {plural, {"Cafe", "Cafe\u0301"}})),
            (Strings{"10: warning: 2 messages are not in NFC (first here: 'o\u0301' is U+006F U+0301 instead of "
                     "U+00F3; also line 20)"}));
}

}  // namespace
}  // namespace xloc::test
