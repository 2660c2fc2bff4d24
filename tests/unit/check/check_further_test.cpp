// Tests of the further (pofilter/Weblate-style) checks: brackets,
// double-words, urls, repeated-spaces, accelerators, length-ratio
// (src/check/check_<id>.cpp, one table each).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

TEST(CheckBrackets, Table) {
  expect_table("brackets", {
      {"de", {"Save (all)", "Speichern (alle)"}, {}},
      {"ja", {"Save (all)", "保存（すべて）"}, {}},
      {"de", {"Firewall", "Firewall (Brandmauer)"}, {}},
      {"de", {"Save (all)", "Speichern alle"}, {"the source has 1 '(' but the translation 0"}},
      {"de", {"Save (all)", "Speichern (alle"}, {"the source has 1 ')' but the translation 0"}},
      {"de", {"Save", "Speichern (alle"}, {"unbalanced brackets in the translation: 1 '(' and 0 ')'"}},
  });
}

TEST(CheckDoubleWords, Table) {
  expect_table("double-words", {
      {"de", {"Open the file", "Öffnen Sie die Datei"}, {}},
      {"de", {"Wait 10 10", "Warten 10 10"}, {}},
      {"de", {"Open the file", "Öffnen Sie die die Datei"}, {"the word 'die' is repeated in the translation"}},
      {"fr", {"Open the file", "Ouvrez le Le fichier"}, {"the word 'Le' is repeated in the translation"}},
      {"de", {"Open the the file", "Öffnen Sie die die Datei"}, {}},
      {"de", {"a, a", "die, die"}, {}},
  });
}

TEST(CheckUrls, Table) {
  expect_table("urls", {
      {"de", {"See https://gnome.org/help.", "Siehe https://gnome.org/help."}, {}},
      {"de", {"Write to help@gnome.org", "Schreiben Sie an help@gnome.org"}, {}},
      {"de", {"See https://gnome.org/help.", "Siehe https://gnome.org/hilfe."},
       {"the address 'https://gnome.org/help' of the source is missing from the translation"}},
      {"de", {"Write to help@gnome.org", "Schreiben Sie an hilfe@gnome.org"},
       {"the address 'help@gnome.org' of the source is missing from the translation"}},
  });
}

TEST(CheckRepeatedSpaces, Table) {
  expect_table("repeated-spaces", {
      {"de", {"Open the file", "Öffnen Sie die Datei"}, {}},
      {"de", {"A  B", "A  B"}, {}},
      {"de", {"Open the file", "Öffnen Sie  die Datei"}, {"repeated spaces in the translation at byte 11: 'Öffnen Sie  die Datei'"}},
  });
}

TEST(CheckAccelerators, Table) {
  expect_table("accelerators", {
      {"de", {"_Open", "Ö_ffnen"}, {}},
      {"ja", {"_Open", "開く(_O)"}, {}},
      {"de", {"gtk_widget_show", "gtk_widget_show"}, {}},
      {"de", {"_Open", "Öffnen"}, {"the source has a keyboard accelerator ('_') but the translation has none"}},
      {"de", {"_Open", "_Ö_ffnen"}, {"the translation has 2 keyboard accelerators ('_'), the source one"}},
  });
}

TEST(CheckLengthRatio, Table) {
  const std::string source = "Select the files you want to copy and press the Copy button.";
  expect_table("length-ratio", {
      {"de", {source, "Wählen Sie die zu kopierenden Dateien und klicken Sie auf Kopieren."}, {}},
      {"ja", {source, "コピーしたいファイルを選択して、コピーボタンを押します。"}, {}},
      {"de", {source, "Kopieren"}, {"the translation is much shorter than the source (8 characters for 60)"}},
  });
}

}  // namespace
}  // namespace xloc::test
