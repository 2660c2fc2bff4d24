#include "release/html_report.h"

#include <gtest/gtest.h>

#include <pugixml.hpp>

namespace xloc {
namespace {

ReleaseOutcome sample() {
  ReleaseOutcome o;
  o.domain = "knee <health>";
  o.threshold = 80;
  LocaleOutcome de;
  de.locale = "de";
  de.shipped = true;
  de.completion.translated = 10;
  de.editions.push_back({"content/a.xml", "de/a.xml", "00", 5, 0, "", "", ""});
  LocaleOutcome he;
  he.locale = "he";
  he.catalog = "po/he.po";
  he.reasons = {"below the 80% threshold", "2 check errors"};
  he.completion.translated = 5;
  he.completion.untranslated = 5;
  he.errors = 2;
  he.findings = {{{"po/he.po", 12, 8}, "markup", Severity::kError, "element <b> dropped"},
                 {{"po/he.po", 40, 8}, "markup", Severity::kError, "attribute 'href' changed"}};
  o.locales = {de, he};
  return o;
}

TEST(HtmlReport, HighlightsHeldBackLocalesWithReasonsAndLinksFindings) {
  const std::string html = render_html_report(sample());
  // The page is XHTML-clean enough for an XML parser once the doctype is skipped.
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(html.substr(html.find("<html")).c_str())) << html;
  auto he = doc.select_node("//tr[@data-locale='he']").node();
  ASSERT_TRUE(he);
  EXPECT_STREQ(he.attribute("class").value(), "held-back");
  EXPECT_TRUE(doc.select_node("//tr[@data-locale='he']//ul[@class='reasons']/li[2][.='2 check errors']"));
  EXPECT_TRUE(doc.select_node("//tr[@data-locale='de' and @data-status='shipped']//a[@href='editions/de/a.xml']"));
  EXPECT_TRUE(doc.select_node("//section[@data-locale='he']/h4[@data-check='markup'][.='markup (2)']"));
  EXPECT_TRUE(doc.select_node("//a[@href='../po/he.po#L12'][.='po/he.po:12:8']"));
  EXPECT_NE(html.find("Hebrew"), std::string::npos);      // display names from CLDR
  EXPECT_NE(html.find("knee &lt;health&gt;"), std::string::npos);  // escaped
  EXPECT_EQ(html.find("<script"), std::string::npos);     // self-contained, no scripts
  EXPECT_EQ(html.find("http"), std::string::npos);        // no external resources
}

TEST(HtmlReport, SaysSoWhenTheTemplateIsStale) {
  ReleaseOutcome o = sample();
  o.template_stale = true;
  o.template_path = "po/knee.pot";
  o.template_note = "3 messages added, 1 removed.";
  const std::string html = render_html_report(o);
  EXPECT_NE(html.find("The committed template po/knee.pot is stale."), std::string::npos);
}

}  // namespace
}  // namespace xloc
