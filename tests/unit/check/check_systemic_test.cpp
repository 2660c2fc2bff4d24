// Tests of src/check/systemic.cpp with the checks that name a catalog-wide
// cause (script), and of the header facts that must not flood: ISO 639-3
// languages ICU canonicalizes (cmn), identifiers with an underscore in UI
// strings (accelerators).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

using Strings = std::vector<std::string>;

// Serbian in Latin script (our own sentences), as a sr@latin catalog
// would have them.
const std::vector<Row> kSerbianLatin = {
    {"Open the file", "Otvorite datoteku"},
    {"Save the document", "Sačuvajte dokument"},
    {"Print the page", "Odštampajte stranicu"},
    {"Close the window", "Zatvorite prozor"},
    {"Delete the folder", "Obrišite fasciklu"},
    {"Search for files", "Potražite datoteke"},
    {"Change the settings", "Promenite podešavanja"},
};

TEST(CheckSystemic, AWholeCatalogInAnotherScriptIsOneCatalogFinding) {
  EXPECT_EQ(run_check("script", make_catalog("sr", kSerbianLatin)),
            Strings{"1: warning: the translations are in Latin script, but Language 'sr' is written in Cyrillic: "
                    "is the catalog sr@latin (Language: sr@latin)? (7 of 7 translations)"});
  EXPECT_EQ(run_check("script", make_catalog("sr@latin", kSerbianLatin)), Strings{});
}

TEST(CheckSystemic, AFewMessagesInAnotherScriptAreReportedOneByOne) {
  std::vector<Row> rows = {{"Open the file", "Отворите датотеку"}, {"Save the document", "Сачувајте документ"},
                           {"Print the page", "Одштампајте страницу"}, {"Close the window", "Затворите прозор"},
                           {"Delete the folder", "Обришите фасциклу"}, {"Search for files", "Потражите датотеке"},
                           {"Change the settings", "Promenite podešavanja"}};
  EXPECT_EQ(run_check("script", make_catalog("sr", rows)).size(), 1u);
  EXPECT_EQ(run_check("script", make_catalog("sr", rows)).front().substr(0, 4), "70: ");
}

TEST(CheckSystemic, Iso6393CodesIcuCanonicalizesAreLocales) {
  EXPECT_EQ(run_check("language-header", make_catalog("cmn", {{"Open", "打开"}}, "nplurals=1; plural=0;")), Strings{});
  EXPECT_EQ(run_check("plural-forms-cldr", make_catalog("cmn", {{"Open", "打开"}}, "nplurals=1; plural=0;")), Strings{});
  EXPECT_EQ(run_check("language-header", make_catalog("qqq-zz", {{"Open", "Auf"}})).size(), 1u);
}

TEST(CheckSystemic, IdentifiersAreNotAccelerators) {
  expect_table("accelerators", {
      {"de", {"Set the tree_view property", "Die Eigenschaft tree_view setzen"}, {}},
      {"de", {"Pass user_data to the callback", "user_data an den Rückruf übergeben"}, {}},
      {"de", {"_Open", "Öffnen"}, {"the source has a keyboard accelerator ('_') but the translation has none"}},
      {"de", {"E_xit", "Beenden"}, {"the source has a keyboard accelerator ('_') but the translation has none"}},
      {"de", {"Save _As", "Speichern _unter"}, {}},
      {"de", {"_Widen this column", "Diese Spalte auf_weiten"}, {}},  // a mnemonic inside a lower-case word
  });
}

}  // namespace
}  // namespace xloc::test
