// Tests export: translations spliced into the original bytes, fallbacks
// marked with the source language, the root's language and direction, the
// threshold, and the identity round trip.
#include "export/export.h"

#include <gtest/gtest.h>

#include <pugixml.hpp>

namespace xloc {
namespace {

Catalog catalog(const std::string& language, std::vector<std::pair<std::string, std::string>> entries,
                std::vector<std::string> fuzzy = {}) {
  Catalog c;
  Message header;
  header.msgstr = {"Language: " + language + "\nContent-Type: text/plain; charset=UTF-8\n"};
  c.messages.push_back(header);
  for (auto& [id, str] : entries) {
    Message m;
    m.msgid = id;
    m.msgstr = {str};
    for (const std::string& f : fuzzy)
      if (f == id) m.add_flag("fuzzy");
    c.messages.push_back(m);
  }
  return c;
}

// Comments, a PI, a DOCTYPE, odd attribute order and quoting, an empty
// element written long-hand, character references and CDATA.
const std::string kArticle = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article>
<!-- keep me -->
<article  version='5.0' xmlns="http://docbook.org/ns/docbook">
  <?pi keep?>
  <title>Knees</title>
  <para>Read <emphasis role="strong">this</emphasis>&#160;first.<anchor xml:id="a"></anchor></para>
  <para>
    See<footnote><para>Note.</para></footnote> here.
  </para>
  <remark>Editors only.</remark>
  <programlisting><![CDATA[x < y]]></programlisting>
</article>
<!-- after -->
)";

ExportOptions no_threshold() {
  ExportOptions o;
  o.threshold = 0;
  return o;
}

Result<ExportResult> run(const Catalog& c, ExportOptions options = {}, const std::string& source = kArticle) {
  MemoryFileSystem fs;
  return export_document(source, "a.xml", fs, c, options);
}

TEST(Export, SplicesTranslationsIntoTheOriginalBytes) {
  auto r = run(catalog("de", {{"Knees", "Knie"},
                              {"Read <emphasis role=\"strong\">this</emphasis>\xC2\xA0" "first.<anchor xml:id=\"a\"/>",
                               "<anchor xml:id=\"a\"/>Zuerst <emphasis role=\"strong\">das</emphasis> lesen."},
                              {"Note.", "Anmerkung."},
                              {"See<_:footnote-1/> here.", "Siehe<_:footnote-1/> hier."},
                              {"x &lt; y", "x &lt; y"}}));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->xml, R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article>
<!-- keep me -->
<article xml:lang="de"  version='5.0' xmlns="http://docbook.org/ns/docbook">
  <?pi keep?>
  <title>Knie</title>
  <para><anchor xml:id="a"/>Zuerst <emphasis role="strong">das</emphasis> lesen.</para>
  <para>
    Siehe<footnote><para>Anmerkung.</para></footnote> hier.
  </para>
  <programlisting><![CDATA[x < y]]></programlisting>
</article>
<!-- after -->
)");
  EXPECT_EQ(r->report.units, 5u);
  EXPECT_EQ(r->report.translated, 5u);
  EXPECT_EQ(r->report.language, "de");
  EXPECT_FALSE(r->report.below_threshold);
}

TEST(Export, IdentityCatalogGivesTheSameBytes) {
  auto r = run(catalog("en", {{"Knees", "Knees"},
                              {"Read <emphasis role=\"strong\">this</emphasis>\xC2\xA0" "first.<anchor xml:id=\"a\"/>",
                               "Read <emphasis role=\"strong\">this</emphasis>\xC2\xA0" "first.<anchor xml:id=\"a\"/>"},
                              {"Note.", "Note."},
                              {"See<_:footnote-1/> here.", "See<_:footnote-1/> here."},
                              {"x &lt; y", "x &lt; y"}}));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  std::string expected = kArticle;
  expected.erase(expected.find("  <remark>"), std::string("  <remark>Editors only.</remark>\n").size());
  EXPECT_EQ(r->xml, expected);
  EXPECT_EQ(r->report.translated, 5u);
}

TEST(Export, FallbacksKeepTheSourceMarkedAsEnglish) {
  auto r = run(catalog("de", {{"Knees", "Knie"},
                              {"Read <emphasis role=\"strong\">this</emphasis>\xC2\xA0" "first.<anchor xml:id=\"a\"/>",
                               "Zuerst <emphasis>das</emphasis> lesen."},
                              {"Note.", "Anmerkung."},
                              {"See<_:footnote-1/> here.", "Siehe hier."},
                              {"x &lt; y", ""}},
                       {"Note."}),
               no_threshold());
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_NE(r->xml.find("<title>Knie</title>"), std::string::npos);
  EXPECT_NE(r->xml.find("<para xml:lang=\"en\">Read <emphasis role=\"strong\">this</emphasis>&#160;first."),
            std::string::npos);
  EXPECT_NE(r->xml.find("<para xml:lang=\"en\">\n    See<footnote><para xml:lang=\"en\">Note.</para></footnote> here."),
            std::string::npos);
  EXPECT_NE(r->xml.find("<programlisting xml:lang=\"en\"><![CDATA[x < y]]>"), std::string::npos);
  ASSERT_EQ(r->report.fallbacks.size(), 4u);
  std::vector<std::string> reasons;
  for (const Fallback& f : r->report.fallbacks) reasons.push_back(std::to_string(f.line) + " " + f.reason);
  EXPECT_EQ(reasons, (std::vector<std::string>{
                         "7 broken markup: the element <anchor> is missing",
                         "9 fuzzy",
                         "8 broken markup: the placeholder <_:footnote-1/> is missing",
                         "12 untranslated"}));
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(r->xml.c_str()));
}

// Entity references stay references (its/xml_text.h): a translation that
// uses those of its source gets them back as references, never "&amp;name;";
// one that renames or invents an entity (declared nowhere, perhaps) is
// refused, so the edition only refers to entities its source refers to.
TEST(Export, EntityReferencesOfTheSourceComeBackAsReferences) {
  const std::string source = R"(<?xml version="1.0"?>
<!DOCTYPE article [
  <!ENTITY product "Knee Helper">
]>
<article xmlns="http://docbook.org/ns/docbook" version="5.0">
  <title>About &product;</title>
  <para>Install &product; &amp; rest.</para>
  <para>Ask &product;.</para>
  <para>Plain.</para>
</article>
)";
  auto r = run(catalog("fr", {{"About &product;", "À propos de &product;"},
                              {"Install &product; &amp; rest.", "Installez Knee Helper &amp; reposez-vous."},
                              {"Ask &product;.", "Demandez à &produit;."},
                              {"Plain.", "Simple &product;."}}),
               no_threshold(), source);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->xml, R"(<?xml version="1.0"?>
<!DOCTYPE article [
  <!ENTITY product "Knee Helper">
]>
<article xml:lang="fr" xmlns="http://docbook.org/ns/docbook" version="5.0">
  <title>À propos de &product;</title>
  <para>Installez Knee Helper &amp; reposez-vous.</para>
  <para xml:lang="en">Ask &product;.</para>
  <para xml:lang="en">Plain.</para>
</article>
)");
  std::vector<std::string> reasons;
  for (const Fallback& f : r->report.fallbacks) reasons.push_back(std::to_string(f.line) + " " + f.reason);
  EXPECT_EQ(reasons, (std::vector<std::string>{
                         "8 broken markup: the entity reference '&produit;' is not in the source",
                         "9 broken markup: the entity reference '&product;' is not in the source"}));
}

TEST(Export, RightToLeftLocalesGetDirOnTheRoot) {
  auto r = run(catalog("ar", {{"Knees", "ركبتان"}}), no_threshold());
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_NE(r->xml.find("<article xml:lang=\"ar\" dir=\"rtl\"  version='5.0'"), std::string::npos);
  EXPECT_NE(r->xml.find("<footnote><para xml:lang=\"en\" dir=\"ltr\">Note.</para>"), std::string::npos);
  EXPECT_TRUE(r->report.right_to_left);
}

TEST(Export, BelowTheThresholdSaysWhy) {
  auto r = run(catalog("fr", {{"Knees", "Genoux"}}));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->report.below_threshold);
  EXPECT_EQ(r->report.threshold_reason, "20.0% of units translated (1 of 5), below the threshold of 80%");
}

TEST(Export, CatalogWithoutLanguageIsAnError) {
  Catalog c;
  c.path = "x.po";
  auto r = run(c);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "x.po: error: the catalog has no Language header; cannot tell which locale to export");
}

TEST(Export, ExistingRootLanguageIsReplaced) {
  auto r = run(catalog("pt_BR", {{"A", "B"}}), no_threshold(),
               "<article xmlns=\"http://docbook.org/ns/docbook\" xml:lang=\"en\"><para>A</para></article>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->xml, "<article xmlns=\"http://docbook.org/ns/docbook\" xml:lang=\"pt-BR\"><para>B</para></article>");
}

TEST(Export, GettextLocalesBecomeLanguageTags) {
  const std::pair<const char*, const char*> cases[] = {
      {"de", "de"}, {"pt_BR", "pt-BR"}, {"zh_CN", "zh-CN"}, {"sr@latin", "sr-Latn"}, {"de_DE.UTF-8", "de-DE"},
      {"he", "he"}, {"ca@valencia", "ca-valencia"}, {"be@tarask", "be-tarask"}, {"de_DE@euro", "de-DE"},
      {"sr_RS@latin", "sr-Latn-RS"}};
  for (auto [gettext, tag] : cases) EXPECT_EQ(bcp47_from_gettext(gettext), tag) << gettext;
  for (const char* rtl : {"ar", "he", "fa", "ur"}) EXPECT_TRUE(is_right_to_left(rtl)) << rtl;
  for (const char* ltr : {"en", "de", "ja", "zh-CN"}) EXPECT_FALSE(is_right_to_left(ltr)) << ltr;
}

}  // namespace
}  // namespace xloc
