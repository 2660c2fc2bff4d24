#include "catalog/locale_name.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

struct Case {
  const char* input;
  const char* bcp47;
  const char* gettext;
};

// Either form in, both forms out; each output reads back to itself.
TEST(LocaleName, ReadsGettextNamesAndBcp47TagsAlike) {
  const Case cases[] = {
      {"de", "de", "de"},
      {"pt_BR", "pt-BR", "pt_BR"},
      {"pt-BR", "pt-BR", "pt_BR"},
      {"de_DE.UTF-8", "de-DE", "de_DE"},
      {"de_DE@euro", "de-DE", "de_DE"},          // a currency, not a language
      {"sr@latin", "sr-Latn", "sr@latin"},
      {"sr-Latn", "sr-Latn", "sr@latin"},
      {"sr_RS@latin", "sr-Latn-RS", "sr_RS@latin"},
      {"sr-Cyrl", "sr-Cyrl", "sr"},             // Serbian's usual script says nothing
      {"uz@cyrillic", "uz-Cyrl", "uz@cyrillic"},
      {"ks@devanagari", "ks-Deva", "ks@devanagari"},
      {"ca@valencia", "ca-valencia", "ca@valencia"},
      {"ca-valencia", "ca-valencia", "ca@valencia"},
      {"ca_ES@valencia", "ca-ES-valencia", "ca_ES@valencia"},
      {"be@tarask", "be-tarask", "be@tarask"},
      {"sr@ijekavian", "sr-ijekavsk", "sr@ijekavian"},
      {"sr@ijekavianlatin", "sr-Latn-ijekavsk", "sr@ijekavianlatin"},
      {"zh_CN", "zh-CN", "zh_CN"},
      {"zh-Hans-CN", "zh-Hans-CN", "zh_CN"},
      {"zh-Hant", "zh-Hant", "zh_TW"},
      {"iw", "he", "he"},                        // CLDR's aliases
      {"cmn", "zh", "zh"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.input);
    auto name = parse_locale_name(c.input);
    ASSERT_TRUE(name);
    EXPECT_EQ(name->bcp47, c.bcp47);
    EXPECT_EQ(name->gettext, c.gettext);
    for (const std::string& again : {name->bcp47, name->gettext}) {
      auto round = parse_locale_name(again);
      ASSERT_TRUE(round) << again;
      EXPECT_EQ(round->gettext, name->gettext) << again;
    }
  }
}

TEST(LocaleName, RefusesWhatIsNoLocale) {
  for (const char* bad : {"", "../../etc", "de/DE", "x", "de@", "de@a b", "zz", "qqq-Latn", "de@!"}) {
    EXPECT_FALSE(parse_locale_name(bad)) << bad;
  }
}

}  // namespace
}  // namespace xloc
