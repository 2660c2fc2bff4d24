// Tests of the "numbers" check (src/check/check_numbers.cpp).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

TEST(CheckNumbers, Table) {
  expect_table("numbers", {
      {"de", {"Wait 30 seconds", "Warten Sie 30 Sekunden"}, {}},
      {"de", {"1,000.5 MB", "1.000,5 MB"}, {}},
      {"fr", {"1,000 files", "1 000 fichiers"}, {}},
      {"ar", {"30 seconds", "٣٠ ثانية"}, {}},
      {"de", {"<link xref=\"a1\">Help</link> in 5 steps", "<link xref=\"a1\">Hilfe</link> in 5 Schritten"}, {}},
      {"de", {"Wait 30 seconds", "Warten Sie 20 Sekunden"}, {"the number 30 of the source is missing from the translation"}},
      {"de", {"Version 3.38 and 40", "Version 3.38"}, {"the number 40 of the source is missing from the translation"}},
  });
}

}  // namespace
}  // namespace xloc::test
