// Tests of the "markup" check (src/check/check_markup.cpp) and of
// src/check/inline_markup.cpp.
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

TEST(CheckMarkup, Table) {
  expect_table("markup", {
      {"fr", {"Click <gui>Save</gui>.", "Cliquez sur <gui>Enregistrer</gui>."}, {}},
      {"fr", {"See <link xref=\"files\">Files</link> and <em>this</em>.", "Voir <em>ceci</em> et <link xref=\"files\">Fichiers</link>."}, {}},
      {"fr", {"<media type=\"image\" src=\"a.png\"/>", "<media type=\"image\" src=\"a.png\"/>"}, {}},
      {"fr", {"Tom &amp; Jerry", "Tom &amp; Jerry"}, {}},
      {"fr", {"Click <gui>Save</gui>.", "Cliquez sur <gui>Enregistrer</gui."},
       {"the translation's markup is not well-formed: the tag '</gui.' is not closed with '>'"}},
      {"fr", {"Click <gui>Save</gui>.", "Cliquez sur <gui>Enregistrer."},
       {"the translation's markup is not well-formed: <gui> is never closed"}},
      {"fr", {"<em>a <b>b</b></em>", "<em>a <b>b</em></b>"},
       {"the translation's markup is not well-formed: </em> closes <b>"}},
      {"fr", {"Click <gui>Save</gui>.", "Cliquez sur Enregistrer."},
       {"element <gui> of the source is missing from the translation"}},
      {"fr", {"Click <gui>Save</gui>.", "Cliquez sur <gui>Enregistrer</gui> <b>ici</b>."},
       {"element <b> is not in the source"}},
      {"fr", {"Click <gui>Save</gui>.", "Cliquez sur <guilabel>Enregistrer</guilabel>."},
       {"element <gui> of the source is missing from the translation"}},
      {"fr", {"See <link href=\"https://gnome.org\">GNOME</link>.", "Voir <link href=\"https://evil.example\">GNOME</link>."},
       {"<link> has href=\"https://gnome.org\" in the source but href=\"https://evil.example\" in the translation"}},
      {"fr", {"Tom &amp; Jerry", "Tom & Jerry"}, {"the translation's markup is not well-formed: '&' is not escaped as '&amp;'"}},
      {"fr", {"A <b>b</b>", "A <b title=\"x\">b</b>"}, {}},
      {"fr", {"a < b", "a < b"}, {}},  // not markup
  });
}

}  // namespace
}  // namespace xloc::test
