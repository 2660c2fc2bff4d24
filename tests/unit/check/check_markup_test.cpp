// Tests of the "markup" check (src/check/check_markup.cpp), which reports
// its::compare_markup's verdict (tested in detail in tests/unit/its).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

TEST(CheckMarkup, Table) {
  expect_table("markup", {
      {"fr", {"Click <gui>Save</gui>.", "Cliquez sur <gui>Enregistrer</gui>."}, {}},
      {"fr", {"See <link xref=\"files\">Files</link> and <em>this</em>.", "Voir <em>ceci</em> et <link xref=\"files\">Fichiers</link>."}, {}},
      {"fr", {"<media type=\"image\" src=\"a.png\"/>", "<media type=\"image\" src=\"a.png\"/>"}, {}},
      {"fr", {"Tom &amp; Jerry", "Tom &amp; Jerry"}, {}},
      {"fr", {"Open <_:media-1/> here", "Ouvrir <_:media-1/> ici"}, {}},
      {"fr", {"a < b", "a < b"}, {}},  // not markup
      {"fr", {"Click <gui>Save</gui>.", "Cliquez sur <gui>Enregistrer."},
       {"markup of the translation: the markup is not well-formed: start-end tags mismatch"}},
      {"fr", {"Click <gui>Save</gui>.", "Cliquez sur Enregistrer."},
       {"markup of the translation: the element <gui> is missing"}},
      {"fr", {"Click <gui>Save</gui>.", "Cliquez sur <gui>Enregistrer</gui> <b>ici</b>."},
       {"markup of the translation: the element <b> is not in the source"}},
      {"fr", {"Open <_:media-1/> here", "Ouvrir ici"},
       {"markup of the translation: the placeholder <_:media-1/> is missing"}},
      {"fr", {"Tom &amp; Jerry", "Tom & Jerry"},
       {"markup of the translation: '&' must start an entity reference; write '&amp;'"}},
      // Sources that are not XML (a UI catalog): nothing to hold to.
      {"de", {"<New name>", "<Neuer Name>"}, {}},
      {"de", {"<Sheets>", "<Blätter>"}, {}},
      {"de", {"Page &[PAGE]", "Seite &[PAGE]"}, {}},
      {"de", {"Save", "<b>Speichern</b>"}, {}},
  });
}

TEST(CheckMarkup, OutsideXmlDocumentsOnlyMarkupThatDoesNotParseIsAnError) {
  const Catalog c = make_catalog("de", {{"<span weight=\"bold\">Criteria</span>", "<b>Kriterien</b>"},
                                        {"<b>Criteria</b>", "<b>Kriterien"}});
  EXPECT_EQ(run_check("markup", c),
            (std::vector<std::string>{
                "10: warning: markup of the translation: the element <span> is missing",
                "20: error: markup of the translation: the markup is not well-formed: start-end tags mismatch"}));
}

TEST(CheckMarkup, MessagesFromXmlAreXmlEvenWithoutTags) {
  Catalog c = make_catalog("fr", {{"Tom and Jerry", "Tom & Jerry"}, {"Save", "<b>Enregistrer</b>"}});
  c.messages[1].references = {"C/cartoons.page:12"};
  c.messages[2].extracted_comments = {"(itstool) path: page/title"};
  EXPECT_EQ(run_check("markup", c),
            (std::vector<std::string>{
                "10: error: markup of the translation: '&' must start an entity reference; write '&amp;'",
                "20: error: markup of the translation: the element <b> is not in the source"}));
}

// Entity references (kept by extract): a translation may use those of its
// source. A renamed or invented one may be declared nowhere, so export would
// fall back to the source: an error. A dropped one is a warning.
TEST(CheckMarkup, EntityReferencesMustBeThoseOfTheSource) {
  Catalog c = make_catalog("fr", {{"About &product;", "À propos de &product;"},
                                  {"About &product;", "À propos de &produit;"},
                                  {"Install &product;", "Installez Knee Helper"},
                                  {"Plain text.", "Texte &foo;."}});
  for (Message& m : c.messages) m.references = {"C/index.docbook:3"};
  EXPECT_EQ(run_check("markup", c),
            (std::vector<std::string>{
                "20: error: markup of the translation: the entity reference '&produit;' is not in the source",
                "30: warning: markup of the translation: the entity reference '&product;' is missing",
                "40: error: markup of the translation: the entity reference '&foo;' is not in the source"}));
}

TEST(CheckMarkup, ChangedAttributeValueIsAWarning) {
  const Catalog c = make_catalog("fr", {{"See <link href=\"https://gnome.org\">GNOME</link>.",
                                         "Voir <link href=\"https://evil.example\">GNOME</link>."}});
  EXPECT_EQ(run_check("markup", c),
            std::vector<std::string>{"10: warning: markup of the translation: an attribute value of <link> differs from the source"});
}

}  // namespace
}  // namespace xloc::test

namespace xloc::test {
namespace {

TEST(CheckMarkup, TranslatedTextAttributesAreNoDifference) {
  const Catalog c = make_catalog("fr", {
      {"<media src=\"a.png\" alt=\"A window\"/> Done.", "<media src=\"a.png\" alt=\"Une fenêtre\"/> Fait."},
      {"<link xref=\"x\" title=\"More help\">Help</link>", "<link xref=\"x\" title=\"Plus d'aide\">Aide</link>"},
      {"<link href=\"https://gnome.org/a\">A</link>", "<link href=\"https://gnome.org/b\">A</link>"},
  });
  EXPECT_EQ(run_check("markup", c),
            std::vector<std::string>{"30: warning: markup of the translation: an attribute value of <link> differs from the source"});
}

}  // namespace
}  // namespace xloc::test
