// Tests cldr_plural_forms() and canonical_locale(): the Plural-Forms derived
// from ICU's CLDR rules, category by category, and the locales refused.
#include "catalog/cldr_plurals.h"

#include "catalog/plural_forms.h"

#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/plurrule.h>

#include <memory>

namespace xloc {
namespace {

const char* const kLocales[] = {"en", "fr", "pt", "pt_PT", "pl", "ru", "uk", "cs", "ar", "he", "ja", "zh",
                                "ko", "cy", "ga", "lt", "lv", "sl", "ro", "hi", "tr", "is", "mk"};

struct Golden {
  const char* locale;
  const char* cldr_locale;
  const char* categories;
  const char* header_value;
};

const Golden kGolden[] = {
    {"en", "en", "one other", "nplurals=2; plural=(n != 1);"},
    {"de_DE.UTF-8", "de", "one other", "nplurals=2; plural=(n != 1);"},
    {"tr", "tr", "one other", "nplurals=2; plural=(n != 1);"},
    {"pt-BR", "pt", "one many other", "nplurals=3; plural=(n <= 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);"},
    {"pt_PT", "pt_PT", "one many other", "nplurals=3; plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);"},
    // CLDR's Polish `other` is for fractions only: three forms, as gettext has it.
    {"pl", "pl", "one few many",
     "nplurals=3; plural=(n == 1 ? 0 : (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) ? 1 : 2);"},
    {"cs", "cs", "one few other", "nplurals=3; plural=(n == 1 ? 0 : n >= 2 && n <= 4 ? 1 : 2);"},
    {"ar_EG", "ar", "zero one two few many other",
     "nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : "
     "n % 100 >= 11 && n % 100 <= 99 ? 4 : 5);"},
    {"cy", "cy", "zero one two few many other",
     "nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n == 3 ? 3 : n == 6 ? 4 : 5);"},
    {"ja", "ja", "other", "nplurals=1; plural=0;"},
    {"zh-Hant-TW", "zh", "other", "nplurals=1; plural=0;"},
    {"iw", "he", "one two other", "nplurals=3; plural=(n == 1 ? 0 : n == 2 ? 1 : 2);"},
    {"lv", "lv", "zero one other",
     "nplurals=3; plural=((n % 10 == 0 || (n % 100 >= 11 && n % 100 <= 19)) ? 0 : n % 10 == 1 && n % 100 != 11 ? 1 : "
     "2);"},
};

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

TEST(CldrPluralForms, GoldenHeaders) {
  for (const Golden& g : kGolden) {
    SCOPED_TRACE(g.locale);
    auto forms = cldr_plural_forms(g.locale);
    ASSERT_TRUE(forms) << forms.error().to_string();
    EXPECT_EQ(forms->locale, g.cldr_locale);
    EXPECT_EQ(joined(forms->categories), g.categories);
    EXPECT_EQ(forms->header_value, g.header_value);
    EXPECT_EQ(forms->nplurals(), forms->categories.size());
  }
}

// Every category ICU gives an integer is one we keep, and only those.
TEST(CldrPluralForms, CategoriesAreExactlyThoseIntegersReach) {
  for (const char* locale : kLocales) {
    SCOPED_TRACE(locale);
    auto forms = cldr_plural_forms(locale);
    ASSERT_TRUE(forms) << forms.error().to_string();
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu::Locale(locale), status));
    ASSERT_TRUE(U_SUCCESS(status));
    std::set<std::string> seen;
    for (int n = 0; n <= 10000; ++n) {
      std::string keyword;
      rules->select(static_cast<int32_t>(n)).toUTF8String(keyword);
      seen.insert(keyword);
    }
    if (std::string(locale) == "fr" || std::string(locale) == "pt" || std::string(locale) == "pt_PT") {
      std::string keyword;
      rules->select(1000000.0).toUTF8String(keyword);
      seen.insert(keyword);  // "1 000 000 de …": CLDR's `many`
    }
    EXPECT_EQ(std::set<std::string>(forms->categories.begin(), forms->categories.end()), seen);
  }
}

// The header's C expression picks, for every n, the msgstr index of the
// category ICU selects for n.
TEST(CldrPluralForms, ExpressionEqualsIcuOnIntegers) {
  for (const char* locale : kLocales) {
    SCOPED_TRACE(locale);
    auto forms = cldr_plural_forms(locale);
    ASSERT_TRUE(forms) << forms.error().to_string();
    auto parsed = PluralForms::parse(forms->header_value);
    ASSERT_TRUE(parsed) << parsed.error().to_string();
    EXPECT_EQ(parsed->nplurals, forms->nplurals());
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu::Locale(locale), status));
    ASSERT_TRUE(U_SUCCESS(status));
    std::vector<unsigned long> numbers;
    for (unsigned long n = 0; n <= 10000; ++n) numbers.push_back(n);
    for (unsigned long n : {1000000UL, 2000000UL, 1000001UL, 123456789UL}) numbers.push_back(n);
    for (unsigned long n : numbers) {
      std::string keyword;
      rules->select(static_cast<double>(n)).toUTF8String(keyword);
      const unsigned long index = parsed->plural.evaluate(n);
      ASSERT_LT(index, forms->categories.size()) << n;
      ASSERT_EQ(forms->categories[index], keyword) << "n = " << n;
    }
  }
}

TEST(CldrPluralForms, RefusesUnknownOrIllFormedLocales) {
  struct Case {
    const char* locale;
    const char* message;
  };
  const Case cases[] = {
      {"xx-nonsense", "unknown locale 'xx-nonsense': CLDR has no plural rules for it"},
      {"../etc", "ill-formed locale '../etc'"},
      {"", "ill-formed locale ''"},
      {"C", "ill-formed locale 'C'"},
      {"en US", "ill-formed locale 'en US'"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.locale);
    auto forms = cldr_plural_forms(c.locale);
    ASSERT_FALSE(forms);
    EXPECT_EQ(forms.error().code, "unknown-locale");
    EXPECT_EQ(forms.error().message, c.message);
    EXPECT_EQ(forms.error().fragment, c.locale);
  }
}

TEST(CanonicalLocale, GivesGettextNames) {
  const std::pair<const char*, const char*> cases[] = {
      {"pt-BR", "pt_BR"}, {"pt_br", "pt_BR"}, {"iw", "he"}, {"zh-hant-tw", "zh_TW"}, {"de_DE.UTF-8", "de_DE"}, {"ja", "ja"},
      {"ca-valencia", "ca@valencia"}, {"ca@valencia", "ca@valencia"}, {"sr-Latn", "sr@latin"}, {"be@tarask", "be@tarask"},
      {"de_DE@euro", "de_DE"}};
  for (const auto& [in, out] : cases) {
    auto id = canonical_locale(in);
    ASSERT_TRUE(id) << in;
    EXPECT_EQ(*id, out) << in;
  }
  EXPECT_FALSE(canonical_locale("xx"));
}

}  // namespace
}  // namespace xloc
