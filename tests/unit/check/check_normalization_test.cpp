// Tests of the "normalization" check (src/check/check_normalization.cpp).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

TEST(CheckNormalization, Table) {
  expect_table("normalization", {
      {"fr", {"Cafe", "Café"}, {}},
      {"fr", {"Cafe", "Cafe\u0301 noir"}, {"the translation is not in NFC: 'e\u0301' is U+0065 U+0301 instead of U+00E9"}},
      {"vi", {"Vietnamese", "Tie\u0302\u0301ng Việt"}, {"the translation is not in NFC: 'e\u0302\u0301' is U+0065 U+0302 U+0301 instead of U+1EBF"}},
  });
}

}  // namespace
}  // namespace xloc::test
