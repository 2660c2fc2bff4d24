// Tests of catalog statistics (src/report/stats.cpp) and their formats
// (src/report/stats_format.cpp).
#include <gtest/gtest.h>

#include <sstream>

#include "catalog/po_reader.h"
#include "report/stats.h"
#include "report/stats_format.h"

namespace xloc {
namespace {

TEST(WordCounter, CountsWordsAsIcuSeesThemMarkupLeftOut) {
  WordCounter words;
  EXPECT_EQ(words.count(""), 0u);
  EXPECT_EQ(words.count("Open the file."), 3u);
  EXPECT_EQ(words.count("Don't panic: 42 files"), 4u);
  EXPECT_EQ(words.count("Click <gui style=\"button\">Save</gui> now"), 3u);
  EXPECT_EQ(words.count("ファイルを開きます"), 4u);  // ファイル を 開き ます: no spaces, still words
  EXPECT_EQ(words.count("打开文件"), 2u);          // 打开 文件
}

const char* kCatalog = R"(msgid ""
msgstr ""
"Language: de\n"
"Content-Type: text/plain; charset=UTF-8\n"

msgid "Open the file"
msgstr "Datei öffnen"

#, fuzzy
msgid "Save all"
msgstr "Alles speichern"

msgid "Close the window now"
msgstr ""

#~ msgid "Old"
#~ msgstr "Alt"
)";

TEST(CatalogStats, CountsMessagesAndSourceWordsByState) {
  auto catalog = read_po(kCatalog, "de.po");
  ASSERT_TRUE(catalog) << catalog.error().to_string();
  const CatalogStats s = catalog_stats(*catalog);
  EXPECT_EQ(s.language, "de");
  EXPECT_EQ(s.translated, 1u);
  EXPECT_EQ(s.fuzzy, 1u);
  EXPECT_EQ(s.untranslated, 1u);
  EXPECT_EQ(s.obsolete, 1u);
  EXPECT_EQ(s.translated_words, 3u);
  EXPECT_EQ(s.fuzzy_words, 2u);
  EXPECT_EQ(s.untranslated_words, 4u);
  EXPECT_NEAR(s.percent_translated(), 33.33, 0.01);
  EXPECT_NEAR(s.percent_translated_words(), 33.33, 0.01);
  EXPECT_EQ(CatalogStats{}.percent_translated(), 100.0);
}

TEST(StatsFormat, TextEndsWithTotalsForSeveralCatalogs) {
  auto catalog = read_po(kCatalog, "po/de.po");
  ASSERT_TRUE(catalog);
  CatalogStats de = catalog_stats(*catalog), fr = de;
  fr.file = "po/fr.po";
  fr.translated = 3;
  fr.untranslated = 0;
  std::ostringstream text;
  find_stats_format("text")->write({de, fr}, text);
  EXPECT_NE(text.str().find("\ntotal              4      2             1         2      57.1%      18"), std::string::npos)
      << text.str();
}

TEST(StatsFormat, TextAndJson) {
  auto catalog = read_po(kCatalog, "po/de.po");
  ASSERT_TRUE(catalog);
  const std::vector<CatalogStats> stats{catalog_stats(*catalog)};
  std::ostringstream text, json;
  find_stats_format("text")->write(stats, text);
  find_stats_format("json")->write(stats, json);
  EXPECT_EQ(text.str(),
            "catalog   translated  fuzzy  untranslated  obsolete  messages%   words  words%\n"
            "po/de.po           1      1             1         1      33.3%       9   33.3%\n");
  EXPECT_EQ(json.str(), R"({
  "catalogs": [
    {
      "file": "po/de.po",
      "language": "de",
      "translated": 1,
      "fuzzy": 1,
      "untranslated": 1,
      "obsolete": 1,
      "words": {
        "translated": 3,
        "fuzzy": 2,
        "untranslated": 4
      },
      "percent_messages": 33.3,
      "percent_words": 33.3
    }
  ]
}
)");
  EXPECT_FALSE(find_stats_format("csv"));
}

}  // namespace
}  // namespace xloc
