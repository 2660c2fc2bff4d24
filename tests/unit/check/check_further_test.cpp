// Tests of the further (pofilter/Weblate-style) checks: brackets,
// double-words, urls, repeated-spaces, accelerators, length-ratio
// (src/check/check_<id>.cpp, one table each).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

TEST(CheckBrackets, Table) {
  expect_table("brackets", {
      {"de", {"Save (all)", "Speichern (alle)"}, {}},
      {"ja", {"Size (%d)", "サイズ（%d）"}, {}},
      {"de", {"Firewall", "Firewall (Brandmauer)"}, {}},
      {"de", {"Save (all)", "Alle speichern"}, {}},  // bracketed prose may be rephrased
      {"de", {"Size (%d)", "Größe %d"}, {"the source has 1 '('...')' token(s) but the translation 0"}},
      {"de", {"See [1]", "Siehe 1"}, {"the source has 1 '['...']' token(s) but the translation 0"}},
      {"de", {"Save (all)", "Speichern (alle"}, {"unbalanced brackets in the translation: 1 '(' and 0 ')'"}},
      {"de", {"Save", "Speichern (alle"}, {"unbalanced brackets in the translation: 1 '(' and 0 ')'"}},
  });
}

TEST(CheckDoubleWords, Table) {
  expect_table("double-words", {
      {"de", {"Open the file", "Öffnen Sie die Datei"}, {}},
      {"de", {"Wait 10 10", "Warten 10 10"}, {}},
      {"de", {"Open the file", "Öffnen Sie den den Ordner"}, {"the word 'den' is repeated in the translation"}},
      {"es", {"Color correction", "Corrección de de color"}, {"the word 'de' is repeated in the translation"}},
      {"de", {"Open the the file", "Öffnen Sie den den Ordner"}, {}},
      {"de", {"a, a", "den, den"}, {}},
      {"de", {"If you see it", "Wenn Sie sie sehen"}, {}},                // case differs: grammar
      {"fr", {"You log in", "Vous vous connectez"}, {}},                  // kGrammatical
      {"nl", {"Enter it in the field", "Vul het in in het veld"}, {}},
      {"ta", {"again and again", "மீண்டும் மீண்டும்"}, {}},              // reduplication
  });
}

TEST(CheckUrls, Table) {
  expect_table("urls", {
      {"de", {"See https://gnome.org/help.", "Siehe https://gnome.org/help."}, {}},
      {"de", {"Write to help@gnome.org", "Schreiben Sie an help@gnome.org"}, {}},
      {"fr", {"See https://en.wikipedia.org/wiki/DVD", "Voir https://fr.wikipedia.org/wiki/DVD"}, {}},  // localized
      {"de", {"See https://gnome.org/help.", "Siehe die Hilfe."},
       {"the address 'https://gnome.org/help' of the source is missing from the translation"}},
      {"de", {"Write to help@gnome.org or see www.gnome.org", "Schreiben Sie an help@gnome.org"},
       {"the address 'www.gnome.org' of the source is missing from the translation"}},
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

namespace xloc::test {
namespace {

TEST(CheckDoubleWords, AWordDoubledAgainAndAgainIsTheLanguagesGrammar) {
  // Sesotho doubles "ba" and "le" (our own sentences); a typo is made once.
  const Catalog c = make_catalog("st", {{"People who read", "Batho ba ba balang"},
                                        {"Those who write", "Ke bona ba ba ngolang"},
                                        {"The children who came", "Ke bana ba ba tlileng"},
                                        {"Open the file", "Bula faele faele"}});
  EXPECT_EQ(run_check("double-words", c), std::vector<std::string>{"40: warning: the word 'faele' is repeated in the translation"});
}

TEST(CheckWhitespace, ASpaceDroppedBeforeFullWidthPunctuationIsFine) {
  expect_table("whitespace", {
      {"ja", {"Name: ", "名前："}, {}},
      {"zh_CN", {"Error: ", "错误："}, {}},
      {"ja", {"Name: ", "名前"}, {"the source ends with ' ' but the translation with nothing"}},
      {"ja", {"Name:\n", "名前："}, {"the source ends with '\\n' but the translation with nothing"}},
  });
}

}  // namespace
}  // namespace xloc::test
