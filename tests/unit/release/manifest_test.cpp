#include "release/manifest.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace xloc {
namespace {

ReleaseOutcome two_locales() {
  ReleaseOutcome o;
  o.domain = "knee-health";
  o.template_path = "po/knee-health.pot";
  o.threshold = 80;
  LocaleOutcome de;
  de.locale = "de";
  de.catalog = "po/de.po";
  de.shipped = true;
  de.completion.translated = 30;
  de.completion.translated_words = 600;
  de.warnings = 1;
  de.editions.push_back({"content/knee-health.xml", "de/knee-health.xml", "ab12", 42, 0, "", "", ""});
  LocaleOutcome he;
  he.locale = "he";
  he.catalog = "po/he.po";
  he.reasons = {"15 of 30 messages translated (50.0%), below the 80% threshold"};
  he.completion.translated = 15;
  he.completion.fuzzy = 2;
  he.completion.untranslated = 13;
  he.completion.translated_words = 290;
  he.completion.fuzzy_words = 40;
  he.completion.untranslated_words = 270;
  o.locales = {de, he};
  return o;
}

TEST(Manifest, DescribesEveryLocale) {
  auto json = nlohmann::json::parse(render_manifest(two_locales()));
  EXPECT_EQ(json["domain"], "knee-health");
  EXPECT_EQ(json["shipped"], 1);
  EXPECT_EQ(json["held_back"], 1);
  EXPECT_EQ(json["template"]["stale"], false);
  const auto& de = json["locales"]["de"];
  EXPECT_EQ(de["status"], "shipped");
  EXPECT_EQ(de["messages"]["percent_translated"], 100.0);
  EXPECT_EQ(de["checks"]["warnings"], 1);
  EXPECT_EQ(de["editions"][0]["path"], "de/knee-health.xml");
  EXPECT_EQ(de["editions"][0]["sha256"], "ab12");
  const auto& he = json["locales"]["he"];
  EXPECT_EQ(he["status"], "held-back");
  EXPECT_EQ(he["reasons"][0], "15 of 30 messages translated (50.0%), below the 80% threshold");
  EXPECT_EQ(he["messages"]["fuzzy"], 2);
  EXPECT_EQ(he["words"]["percent_translated"], 48.3);
  EXPECT_TRUE(he["editions"].empty());
}

TEST(Manifest, IsDeterministic) {
  EXPECT_EQ(render_manifest(two_locales()), render_manifest(two_locales()));
}

}  // namespace
}  // namespace xloc
