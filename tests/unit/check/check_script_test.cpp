// Tests of the "script" check (src/check/check_script.cpp).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

TEST(CheckScript, Table) {
  expect_table("script", {
      {"ru", {"Open the file", "Откройте файл"}, {}},
      {"ru", {"Use GNOME Shell", "GNOME Shell"}, {}},                   // words of the source
      {"ja", {"Open the file", "ファイルを開く"}, {}},
      {"fr", {"Open the file", "Open the file please"}, {}},              // Latin locale: not judged
      {"ru", {"Open the file", "Ouvrez le fichier"},
       {"the translation has no Cyrillic letters for ru but Latin words such as 'Ouvrez'"}},
      {"ja", {"Open the file", "Откройте файл"},
       {"the translation has no Katakana/Hiragana/Han letters for ja but Cyrillic words such as 'Откройте'"}},
  });
}

}  // namespace
}  // namespace xloc::test
