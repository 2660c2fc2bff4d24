// Tests ITS Locale Filter matching: RFC 4647 extended filtering of BCP 47
// tags by the ranges of a localeFilterList, include and exclude.
#include "its/locale_filter.h"

#include <gtest/gtest.h>

namespace xloc::its {
namespace {

TEST(LocaleFilter, ExtendedFilteringAsRfc4647SaysIt) {
  EXPECT_TRUE(extended_filter_matches("de-DE", "de-DE"));
  EXPECT_TRUE(extended_filter_matches("de-DE", "de-Latn-DE"));  // a script may sit between
  EXPECT_TRUE(extended_filter_matches("de-DE", "de-de-x-goethe"));
  EXPECT_FALSE(extended_filter_matches("de-DE", "de"));
  EXPECT_FALSE(extended_filter_matches("de-DE", "de-x-DE"));  // a singleton stops the skipping
  EXPECT_TRUE(extended_filter_matches("*-CH", "de-CH"));
  EXPECT_TRUE(extended_filter_matches("*-CH", "fr-Latn-CH"));
  EXPECT_FALSE(extended_filter_matches("*-CH", "it"));
  EXPECT_TRUE(extended_filter_matches("*", "ja"));
  EXPECT_TRUE(extended_filter_matches("fr", "fr-CA"));
  EXPECT_TRUE(extended_filter_matches("FR-ca", "fr-CA"));
  EXPECT_TRUE(extended_filter_matches("pt-BR", "pt_BR"));  // gettext spelling
}

TEST(LocaleFilter, ListsIncludeAndExclude) {
  EXPECT_TRUE(locale_passes_filter("en-CA, fr-CA", false, "fr-CA"));
  EXPECT_FALSE(locale_passes_filter("en-CA, fr-CA", false, "fr-FR"));
  EXPECT_TRUE(locale_passes_filter("en-CA, fr-CA", true, "fr-FR"));
  EXPECT_FALSE(locale_passes_filter("*-CH", true, "de-CH"));
  EXPECT_FALSE(locale_passes_filter("", false, "de"));
  EXPECT_TRUE(locale_passes_filter("", true, "de"));
  EXPECT_TRUE(filter_passes_no_locale("", false));
  EXPECT_TRUE(filter_passes_no_locale(" * ", true));
  EXPECT_FALSE(filter_passes_no_locale("fr", false));
}

}  // namespace
}  // namespace xloc::its
