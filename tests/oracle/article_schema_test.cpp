// Specifies content/knee-health.xml, the bundled demo article: it is valid
// DocBook 5 (checked with jing, or xmllint, against Debian's docbook5-xml
// RELAX NG schema), it has the agreed structure, and its words are exactly
// the seed's words (content/knee-health.seed.txt, the text the article was
// made from, as it was handed to the project).
#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <cstddef>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

const char kSchema[] = "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng";

std::string article_path() { return test::source_dir() + "/content/knee-health.xml"; }
std::string seed_path() { return test::source_dir() + "/content/knee-health.seed.txt"; }

// The validator command for `file`, or empty when neither validator exists.
// jing is preferred: its messages carry file:line:column.
std::vector<std::string> validator_for(const std::string& file) {
  if (test::have_program("jing")) return {"jing", kSchema, file};
  if (test::have_program("xmllint")) return {"xmllint", "--noout", "--relaxng", kSchema, file};
  return {};
}

bool can_validate() { return std::filesystem::exists(kSchema) && !validator_for("").empty(); }
const char kCannotValidate[] = "needs Debian's docbook5-xml and jing or xmllint";

TEST(ArticleSchema, ValidatesAgainstDocBook5RelaxNg) {
  if (!can_validate()) GTEST_SKIP() << kCannotValidate;
  auto r = test::run(validator_for(article_path()));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

// Guards the test above against passing vacuously: the same check must
// reject the article with one element the schema does not allow.
TEST(ArticleSchema, RejectsAnArticleWithAnUnknownElement) {
  if (!can_validate()) GTEST_SKIP() << kCannotValidate;
  std::string text = test::read_file(article_path());
  const std::string anchor = "<title>Introduction</title>";
  auto at = text.find(anchor);
  ASSERT_NE(at, std::string::npos);
  text.insert(at + anchor.size(), "<bogus/>");
  test::TempDir dir;
  test::write_file(dir / "broken.xml", text);
  auto r = test::run(validator_for(dir / "broken.xml"));
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE((r.out + r.err).find("bogus"), std::string::npos) << r.out << r.err;
}

TEST(ArticleSchema, HasTheAgreedStructure) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_file(article_path().c_str()));
  auto article = doc.child("article");
  EXPECT_STREQ(article.attribute("xmlns").value(), "http://docbook.org/ns/docbook");
  EXPECT_STREQ(article.attribute("version").value(), "5.0");
  EXPECT_STREQ(article.attribute("xml:lang").value(), "en");

  // Section ids are stable: they may serve as message contexts.
  std::vector<std::pair<std::string, std::string>> sections;
  for (auto s : article.children("section"))
    sections.emplace_back(s.attribute("xml:id").value(), s.child_value("title"));
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"introduction", "Introduction"},
      {"understanding-stem-cell-therapy", "Understanding Stem Cell Therapy"},
      {"benefits", "Benefits of Stem Cell Injections for Knee Health"},
      {"considerations", "Considerations and Limitations"},
      {"future-directions", "Future Directions"},
      {"conclusion", "Conclusion"},
  };
  EXPECT_EQ(sections, expected);

  // Every list item opens with its lead in <emphasis role="strong">.
  std::vector<std::string> leads;
  for (auto s : article.children("section"))
    for (auto item : s.child("orderedlist").children("listitem")) {
      auto first = item.child("para").first_child();
      EXPECT_STREQ(first.name(), "emphasis");
      EXPECT_STREQ(first.attribute("role").value(), "strong");
      leads.push_back(first.child_value());
    }
  EXPECT_EQ(leads, (std::vector<std::string>{
                       "Regenerative Potential:", "Pain Relief:", "Minimally Invasive:",
                       "Long-term Improvement:", "Research Status:", "Variable Outcomes:",
                       "Cost:", "Regulatory Landscape:"}));
}

const char kNoBreakSpace[] = "\xC2\xA0";  // U+00A0 in UTF-8

std::string without_no_break_spaces(std::string text) {
  for (std::size_t at; (at = text.find(kNoBreakSpace)) != std::string::npos;) text.replace(at, 2, " ");
  return text;
}

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string text_of(pugi::xml_node node) {
  std::string out;
  for (auto n = node.first_child(); n; n = n.next_sibling()) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) out += n.value();
    if (n.type() == pugi::node_element) out += " " + text_of(n) + " ";
  }
  return out;
}

// "…, word 41: expected 'x', got 'y'" for the first difference.
std::string first_difference(const std::vector<std::string>& want,
                             const std::vector<std::string>& got) {
  std::size_t i = 0;
  while (i < want.size() && i < got.size() && want[i] == got[i]) ++i;
  std::ostringstream s;
  s << "word " << i << ": expected '" << (i < want.size() ? want[i] : "<end>") << "', got '"
    << (i < got.size() ? got[i] : "<end>") << "'";
  return s.str();
}

// The only differences between seed and article are listed here: structural
// ones (what DocBook renders itself is not text of the article) and
// editorial fixes, each with the wording it replaces.
TEST(ArticleText, IsTheSeedWordForWord) {
  std::string seed = test::read_file(seed_path());
  ASSERT_FALSE(seed.empty()) << "missing " << seed_path();
  // The seed's four no-break spaces are stray layout residue (see below).
  seed = without_no_break_spaces(seed);
  const std::pair<const char*, const char*> structural[] = {
      // Item numbers "1. " are generated by <orderedlist>.
      {R"((^|\n)[0-9]+\. )", "$1"},
      // The run-in "Conclusion:" became the title of a section of its own:
      // DocBook allows no paragraph after an article's sections.
      {R"((^|\n)\s*Conclusion: )", "$1Conclusion\n"},
  };
  for (auto [pattern, replacement] : structural) {
    std::string before = seed;
    seed = std::regex_replace(seed, std::regex(pattern), replacement);
    EXPECT_NE(seed, before) << "the seed no longer matches " << pattern;
  }

  // Editorial fixes made after the import, as {seed wording, article wording}.
  const std::vector<std::pair<std::string, std::string>> editorial = {
      {"In this article, we delve into the stem cell injections knee examining its benefits,",
       "In this article, we delve into stem cell injections for the knee, examining their benefits,"},
  };
  for (const auto& [before, after] : editorial) {
    auto at = seed.find(before);
    ASSERT_NE(at, std::string::npos) << before;
    seed.replace(at, before.size(), after);
  }

  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_file(article_path().c_str()));
  auto want = words(seed);
  auto got = words(text_of(doc.child("article")));
  EXPECT_EQ(got, want) << first_difference(want, got);
}

// All of the seed's no-break spaces were stray (layout residue, none between
// words); the article keeps none of them.
TEST(ArticleText, HasNoNoBreakSpaces) {
  EXPECT_EQ(test::read_file(article_path()).find(kNoBreakSpace), std::string::npos);
}

}  // namespace
}  // namespace xloc
