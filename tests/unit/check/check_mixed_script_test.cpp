// Tests of the "mixed-script" check (src/check/check_mixed_script.cpp).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

TEST(CheckMixedScript, Table) {
  expect_table("mixed-script", {
      {"ru", {"Open the file", "Откройте файл"}, {}},
      {"ja", {"GNOME desktop", "GNOMEデスクトップ"}, {}},
      {"ru", {"USB stick", "USB-накопитель"}, {}},
      {"ru", {"Open the file", "Откройтe файл"}, {"the word 'Откройтe' mixes Cyrillic and Latin letters"}},  // Latin e
      {"fr", {"Hello", "Bоnjour"}, {"the word 'Bоnjour' mixes Latin and Cyrillic letters"}},          // Cyrillic о
  });
}

}  // namespace
}  // namespace xloc::test
