// Tests of the "language-header" check (src/check/check_language_header.cpp).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

TEST(CheckLanguageHeader, Table) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"de", {}},
      {"pt_BR", {}},
      {"sr@latin", {}},
      {"zh_Hant_TW", {}},
      {"", {"1: error: the header has no Language field"}},
      {"xx", {"1: error: Language 'xx' is not a locale ICU knows"}},
      {"German", {"1: error: Language 'German' is not a locale ICU knows"}},
      {"de DE", {"1: error: Language 'de DE' is not a locale ICU knows"}},
  };
  for (const auto& [language, expected] : cases)
    EXPECT_EQ(run_check("language-header", make_catalog(language, {{"File", "Datei"}})), expected) << language;
}

TEST(CheckLanguageHeader, ATemplateIsNamedOne) {
  EXPECT_EQ(run_check("language-header", make_catalog("", {{"File", ""}})),
            std::vector<std::string>{"1: error: this is a template (no Language, no translation), not a catalog: start "
                                     "one with 'xloc init --locale LL', then check that"});
}

}  // namespace
}  // namespace xloc::test
