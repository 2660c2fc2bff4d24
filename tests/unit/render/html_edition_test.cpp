// HtmlEditionRenderer: real DocBook XSL and yelp-xsl stylesheets through
// libxslt, and xloc's fix-ups on what they make. Skips where Debian's
// stylesheet packages are missing (tools/install-deps.sh build).
#include "render/html_edition.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <thread>
#include <vector>

#include "support/paths.h"

namespace xloc::render {
namespace {

bool installed(const std::string& path) { return std::filesystem::exists(path); }

#define REQUIRE_STYLESHEET(member)                                                               \
  if (!installed(HtmlEditionOptions{}.member))                                                   \
  GTEST_SKIP() << HtmlEditionOptions{}.member << " is missing (tools/install-deps.sh build)"

constexpr const char* kArabic = R"(<?xml version="1.0" encoding="UTF-8"?>
<article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="ar" dir="rtl">
  <info><title>عنوان</title></info>
  <section><title>قسم</title>
    <section><title xml:lang="en">English title</title><para>نص</para></section>
    <para>نص <emphasis role="strong">عريض</emphasis> &amp; رابط <link xlink:href="https://example.org/" xmlns:xlink="http://www.w3.org/1999/xlink">هنا</link></para>
    <para xml:lang="en">An English paragraph left in the source language.</para>
  </section>
</article>
)";

TEST(HtmlEdition, DocBookPageCarriesLanguageDirectionAndFonts) {
  REQUIRE_STYLESHEET(docbook_xsl);
  HtmlEditionRenderer renderer;
  ASSERT_TRUE(renderer.prepare(Vocabulary::kDocBook5));
  auto html = renderer.render(kArabic, "ar/a.xml", Vocabulary::kDocBook5, "ar");
  ASSERT_TRUE(html) << html.error().to_string();
  EXPECT_EQ(html->rfind("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">", 0), 0u) << html->substr(0, 200);
  EXPECT_NE(html->find("charset=UTF-8"), std::string::npos);
  EXPECT_NE(html->find("name=\"viewport\""), std::string::npos);
  EXPECT_NE(html->find("Noto Naskh Arabic"), std::string::npos);
  EXPECT_NE(html->find("Noto Sans CJK JP"), std::string::npos);
  // UTF-8 text as is, not character references.
  EXPECT_NE(html->find("عريض"), std::string::npos);
  EXPECT_NE(html->find("<strong>عريض</strong>"), std::string::npos);
  // The fallback paragraph reads left to right inside the right-to-left page.
  EXPECT_NE(html->find("<p lang=\"en\" dir=\"ltr\">An English paragraph"), std::string::npos) << *html;
  // So does a fallback title, which the stylesheet would render without its language.
  EXPECT_NE(html->find("<span lang=\"en\" class=\"phrase\" dir=\"ltr\">English title</span></h3>"), std::string::npos)
      << *html;
  // A reader's link stays a link; nothing is loaded from the network.
  EXPECT_NE(html->find("href=\"https://example.org/\""), std::string::npos);
  EXPECT_EQ(html->find("<link"), std::string::npos);
  EXPECT_EQ(html->find("<script"), std::string::npos);
}

TEST(HtmlEdition, LeftToRightLocaleGetsNoStrayDir) {
  REQUIRE_STYLESHEET(docbook_xsl);
  HtmlEditionRenderer renderer;
  ASSERT_TRUE(renderer.prepare(Vocabulary::kDocBook5));
  auto html = renderer.render(
      R"(<article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="pt-BR"><title>Olá</title>)"
      R"(<para>Texto.</para><para xml:lang="en">Source text.</para></article>)",
      "pt_BR/a.xml", Vocabulary::kDocBook5, "pt-BR");
  ASSERT_TRUE(html) << html.error().to_string();
  EXPECT_NE(html->find("<html lang=\"pt-BR\" dir=\"ltr\">"), std::string::npos);
  EXPECT_NE(html->find("<p lang=\"en\">Source text.</p>"), std::string::npos) << *html;
}

TEST(HtmlEdition, MallardPageThroughYelpXsl) {
  REQUIRE_STYLESHEET(mallard_xsl);
  const std::string page = test::read_file(test::sample_corpus_dir() + "/gnome-help/C/user-add.page");
  ASSERT_FALSE(page.empty());
  HtmlEditionRenderer renderer;
  ASSERT_TRUE(renderer.prepare(Vocabulary::kMallard));
  auto html = renderer.render(page, "de/user-add.page", Vocabulary::kMallard, "de");
  ASSERT_TRUE(html) << html.error().to_string();
  EXPECT_EQ(html->rfind("<!DOCTYPE html>\n<html lang=\"de\" dir=\"ltr\">", 0), 0u) << html->substr(0, 300);
  EXPECT_NE(html->find("<title>"), std::string::npos);
  EXPECT_EQ(html->find("<link"), std::string::npos);
  EXPECT_EQ(html->find("<script src"), std::string::npos);
  EXPECT_EQ(html->find("<script type=\"text/javascript\" src"), std::string::npos);
}

TEST(HtmlEdition, UnknownVocabularyAndBadXmlAreErrorsNotPages) {
  HtmlEditionRenderer renderer;
  EXPECT_FALSE(renderer.prepare(Vocabulary::kUnknown));
  auto unknown = renderer.render("<doc/>", "de/doc.xml", Vocabulary::kUnknown, "de");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, "no-stylesheet");

  HtmlEditionOptions missing;
  missing.docbook_xsl = "/nonexistent/docbook.xsl";
  HtmlEditionRenderer without(missing);
  auto e = without.prepare(Vocabulary::kDocBook5);
  ASSERT_FALSE(e);
  EXPECT_NE(e.error().message.find("docbook-xsl-ns"), std::string::npos) << e.error().message;

  REQUIRE_STYLESHEET(docbook_xsl);
  ASSERT_TRUE(renderer.prepare(Vocabulary::kDocBook5));
  auto broken = renderer.render("<article xmlns=\"http://docbook.org/ns/docbook\"><para>", "de/a.xml",
                                Vocabulary::kDocBook5, "de");
  ASSERT_FALSE(broken);
  EXPECT_EQ(broken.error().where.file, "de/a.xml");
}

// One compiled stylesheet, several transforms at once (as release does).
TEST(HtmlEdition, RendersFromSeveralThreadsAtOnce) {
  REQUIRE_STYLESHEET(docbook_xsl);
  HtmlEditionRenderer renderer;
  ASSERT_TRUE(renderer.prepare(Vocabulary::kDocBook5));
  auto expected = renderer.render(kArabic, "ar/a.xml", Vocabulary::kDocBook5, "ar");
  ASSERT_TRUE(expected);
  std::vector<std::string> pages(4);
  {
    std::vector<std::jthread> threads;
    for (size_t i = 0; i < pages.size(); ++i)
      threads.emplace_back([&, i] {
        auto html = renderer.render(kArabic, "ar/a.xml", Vocabulary::kDocBook5, "ar");
        if (html) pages[i] = *html;
      });
  }
  for (const std::string& page : pages) EXPECT_EQ(page, *expected);
}

}  // namespace
}  // namespace xloc::render
