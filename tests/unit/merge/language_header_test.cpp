// Tests language_header.h: the Language field as msgmerge writes it (the
// expected values are msgmerge 0.21's for the same headers).
#include "merge/language_header.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

TEST(LanguageHeader, FromTeamNames) {
  const std::pair<const char*, const char*> known[] = {
      {"German <de@li.org>", "de"},     {"Spanish <es@tp.org>", "es"}, {"Greek", "el"},
      {"Ukrainian <uk@li.org>", "uk"},  {"Norwegian Bokmal", "nb"},    {"Norwegian Bokmål <nb@li.org>", "nb"},
      {"Brazilian Portuguese", "pt_BR"}, {"Chinese (simplified)", "zh_CN"}, {"Chinese (traditional)", "zh_TW"},
      {"Chinese", "zh"},                {"Scottish Gaelic", "gd"},     {"Persian", "fa"},
  };
  for (const auto& [team, code] : known) EXPECT_EQ(language_from_team(team), std::optional<std::string>(code)) << team;
  for (const char* unknown : {"german", "LANGUAGE <LL@li.org>", "Klingon Fans", "", "Portuguese (Brazil)"})
    EXPECT_EQ(language_from_team(unknown), std::nullopt) << unknown;
}

TEST(LanguageHeader, CatalogNames) {
  for (const char* good : {"de", "pt_BR", "sr@latin", "zh_Hant_TW", "es_419", "ast", "ca@valencia"})
    EXPECT_TRUE(is_catalog_name(good)) << good;
  for (const char* bad : {"", "d", "german", "de_de", "DE", "pt-BR", "de_", "sr@", "de_DE@Latin", "x/y"})
    EXPECT_FALSE(is_catalog_name(bad)) << bad;
}

std::string updated(const std::string& msgstr, const std::optional<std::string>& lang = std::nullopt) {
  Header h = Header::parse(msgstr);
  update_language(h, lang);
  return h.to_msgstr();
}

TEST(LanguageHeader, InsertedWhereMsgmergeInsertsIt) {
  EXPECT_EQ(updated("Last-Translator: A\nLanguage-Team: German <de@li.org>\nMIME-Version: 1.0\n"),
            "Last-Translator: A\nLanguage-Team: German <de@li.org>\nLanguage: de\nMIME-Version: 1.0\n");
  EXPECT_EQ(updated("Language-Team: Nobody\nMIME-Version: 1.0\n"), "Language-Team: Nobody\nLanguage: \nMIME-Version: 1.0\n");
  EXPECT_EQ(updated("Project-Id-Version: x\nMIME-Version: 1.0\n"), "Project-Id-Version: x\nMIME-Version: 1.0\n");
  EXPECT_EQ(updated("Project-Id-Version: x\nLast-Translator: A\nMIME-Version: 1.0\n", "pt_BR"),
            "Project-Id-Version: x\nLast-Translator: A\nLanguage: pt_BR\nMIME-Version: 1.0\n");
  EXPECT_EQ(updated("MIME-Version: 1.0\n", "fr"), "Language: fr\nMIME-Version: 1.0\n");
  // An existing field: kept without --lang, replaced in place with it.
  EXPECT_EQ(updated("Language-Team: German\nLanguage: de_CH\n"), "Language-Team: German\nLanguage: de_CH\n");
  EXPECT_EQ(updated("Language: de_CH\nLanguage-Team: German\n", "de"), "Language: de\nLanguage-Team: German\n");
}

}  // namespace
}  // namespace xloc
