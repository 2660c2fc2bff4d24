// Tests of CatalogLocale (src/check/catalog_locale.cpp): what the checks
// learn about a catalog's language from ICU/CLDR, and where it comes from.
#include <gtest/gtest.h>

#include "check/catalog_locale.h"
#include "unit/check/check_test_support.h"

namespace xloc {
namespace {

TEST(CatalogLocale, FromIcuAndCldr) {
  const CatalogLocale ru = CatalogLocale::for_locale("ru");
  ASSERT_TRUE(ru.known());
  EXPECT_EQ(ru.cardinal_categories(), (std::vector<std::string>{"one", "few", "many", "other"}));
  EXPECT_TRUE(ru.uses_script(USCRIPT_CYRILLIC));
  EXPECT_FALSE(ru.uses_script(USCRIPT_LATIN));
  EXPECT_TRUE(ru.exemplars().contains(U'ж'));

  const CatalogLocale ja = CatalogLocale::for_locale("ja");
  EXPECT_TRUE(ja.uses_script(USCRIPT_HAN) && ja.uses_script(USCRIPT_HIRAGANA) && ja.uses_script(USCRIPT_KATAKANA));
  EXPECT_EQ(ja.cardinal_categories(), (std::vector<std::string>{"other"}));

  const CatalogLocale fr = CatalogLocale::for_locale("fr");
  EXPECT_EQ(fr.decimal_separator(), U',');
  EXPECT_EQ(fr.grouping_separator(), U'\u202F');
  EXPECT_NE(fr.quotation_marks().find(U'«'), std::u32string::npos);

  EXPECT_TRUE(CatalogLocale::for_locale("sr@latin").uses_script(USCRIPT_LATIN));
  EXPECT_FALSE(CatalogLocale::for_locale("xx").known());
  EXPECT_FALSE(CatalogLocale::for_locale("").known());
}

TEST(CatalogLocale, LanguageHeaderElseFileNameAndPluralFormsFromTheHeader) {
  Catalog c = test::make_catalog("", {}, "nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);");
  c.path = "po/pt_BR.po";
  const CatalogLocale l = CatalogLocale::for_catalog(c);
  EXPECT_EQ(l.id(), "pt_BR");
  EXPECT_EQ(l.header_nplurals(), 3u);
  EXPECT_EQ(l.header_plural_form(1), 0u);
  EXPECT_EQ(l.header_plural_form(2), 1u);
  EXPECT_EQ(l.header_plural_form(10000), 2u);
  EXPECT_EQ(l.header_plural_form(10001), std::nullopt);
  EXPECT_EQ(l.header_form_counts(), (std::vector<unsigned>{1, 1, 998}));
}

}  // namespace
}  // namespace xloc
