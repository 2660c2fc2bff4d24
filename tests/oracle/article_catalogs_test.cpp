// Specifies po/<locale>.po, the article's translations (issue #7), with GNU
// gettext and itstool as oracles: every locale in po/LINGUAS has a catalog
// msgfmt -c accepts, he and zh_CN are deliberately incomplete and the rest
// complete, each catalog's header records its terms for "stem cell",
// "cartilage" and "osteoarthritis" and the translations use them, and every
// catalog merged into the article gives valid DocBook 5.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

struct Entry {
  bool fuzzy = false;
  std::string msgid;
  std::string msgstr;
};

std::string po_path(const std::string& locale) { return test::source_dir() + "/po/" + locale + ".po"; }

std::vector<std::string> linguas() {
  std::istringstream in(test::read_file(test::source_dir() + "/po/LINGUAS"));
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    line = line.substr(0, line.find('#'));
    std::istringstream words(line);
    for (std::string w; words >> w;) out.push_back(w);
  }
  return out;
}

std::string unescape(const std::string& quoted) {  // "a\"b" -> a"b
  std::string out;
  for (size_t i = 1; i + 1 < quoted.size(); ++i) {
    if (quoted[i] == '\\' && i + 2 < quoted.size()) {
      char c = quoted[++i];
      out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    } else {
      out += quoted[i];
    }
  }
  return out;
}

// The catalog's live messages, header excluded, read through msgattrib so
// that every string sits on one line (gettext does the parsing).
std::vector<Entry> read_catalog(const std::string& path) {
  auto r = test::run({"msgattrib", "--no-wrap", "--no-location", "--no-obsolete", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<Entry> out;
  Entry e;
  std::istringstream in(r.out + "\n");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("#,", 0) == 0 && line.find(" fuzzy") != std::string::npos) e.fuzzy = true;
    if (line.rfind("msgid ", 0) == 0) e.msgid = unescape(line.substr(6));
    if (line.rfind("msgstr ", 0) == 0) e.msgstr = unescape(line.substr(7));
    if (line.empty()) {
      if (!e.msgid.empty()) out.push_back(e);
      e = Entry{};
    }
  }
  return out;
}

bool have_gettext() { return test::have_program("msgfmt") && test::have_program("msgattrib"); }

TEST(ArticleCatalogs, LinguasListsTheTenLocales) {
  EXPECT_EQ(linguas(), (std::vector<std::string>{"de", "es", "fr", "pt_BR", "pl", "ru", "ar", "he", "ja",
                                                 "zh_CN"}));
}

TEST(ArticleCatalogs, EveryCatalogPassesMsgfmtCheck) {
  if (!have_gettext()) GTEST_SKIP() << "needs GNU gettext";
  for (const auto& locale : linguas()) {
    auto r = test::run({"msgfmt", "-c", "--check-format", "-o", "/dev/null", po_path(locale)});
    EXPECT_EQ(r.exit_code, 0) << locale << ": " << r.err;
  }
}

// he and zh_CN stay incomplete so the release shows its threshold and the
// held-back path. Fuzzy counts as started, not missing: after `xloc update`
// a catalog legitimately carries fuzzy messages until they are reviewed.
TEST(ArticleCatalogs, CompletionIsAsPlanned) {
  if (!have_gettext()) GTEST_SKIP() << "needs GNU gettext";
  const std::map<std::string, std::pair<int, int>> percent_range = {{"he", {40, 60}}, {"zh_CN", {60, 80}}};
  for (const auto& locale : linguas()) {
    auto entries = read_catalog(po_path(locale));
    ASSERT_FALSE(entries.empty()) << locale;
    int started = 0;
    for (const auto& e : entries) started += !e.msgstr.empty();
    const int percent = 100 * started / static_cast<int>(entries.size());
    auto [low, high] = percent_range.count(locale) ? percent_range.at(locale) : std::pair{100, 100};
    EXPECT_GE(percent, low) << locale;
    EXPECT_LE(percent, high) << locale;
  }
}

// The term decided for each concept: the header comment names it, and each
// reviewed translation of a message with the English term contains its stem
// (alternatives separated by '|', for a capital at the start of a sentence).
struct Terms {
  std::string stem_cell, cartilage, osteoarthritis;
};
const std::map<std::string, Terms>& decided_terms() {
  static const std::map<std::string, Terms> terms = {
      {"de", {"Stammzell", "Knorpel", "Arthrose"}},
      {"es", {"células madre", "cartílago", "artrosis"}},
      {"fr", {"cellules souches", "cartilage", "arthrose"}},
      {"pt_BR", {"células-tronco", "cartilagem", "artrose"}},
      {"pl", {"macierzyst", "chrząstk", "chorob"}},  // choroba zwyrodnieniowa stawu kolanowego
      {"ru", {"стволов|Стволов", "хрящ", "остеоартроз"}},
      {"ar", {"الجذعية", "الغضروف", "الفصال العظمي"}},
      {"he", {"תאי גזע", "סחוס", "דלקת מפרקים ניוונית"}},
      {"ja", {"幹細胞", "軟骨", "変形性"}},
      {"zh_CN", {"干细胞", "软骨", "骨关节炎"}},
  };
  return terms;
}

TEST(ArticleCatalogs, HeadersRecordTheTerms) {
  for (const auto& locale : linguas()) {
    const std::string text = test::read_file(po_path(locale));
    const std::string header = text.substr(0, text.find("msgid \"\""));
    for (const char* english : {"stem cell", "cartilage", "osteoarthritis"})
      EXPECT_NE(header.find(std::string("#   ") + english), std::string::npos) << locale << ": " << english;
  }
}

TEST(ArticleCatalogs, TranslationsUseTheDecidedTerms) {
  if (!have_gettext()) GTEST_SKIP() << "needs GNU gettext";
  for (const auto& locale : linguas()) {
    ASSERT_TRUE(decided_terms().count(locale)) << locale;
    const Terms& t = decided_terms().at(locale);
    const std::pair<std::string, std::string> concepts[] = {
        {"stem cell", t.stem_cell}, {"cartilage", t.cartilage}, {"osteoarthritis", t.osteoarthritis}};
    for (const auto& e : read_catalog(po_path(locale))) {
      if (e.fuzzy || e.msgstr.empty()) continue;
      std::string msgid = e.msgid;  // "Stem Cell" in titles
      for (char& c : msgid) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (const auto& [english, term] : concepts) {
        if (msgid.find(english) == std::string::npos) continue;
        bool found = false;
        std::istringstream alternatives(term);
        for (std::string a; std::getline(alternatives, a, '|');) found |= e.msgstr.find(a) != std::string::npos;
        EXPECT_TRUE(found) << locale << ": '" << term << "' missing from the translation of: " << e.msgid;
      }
    }
  }
}

// Inline markup kept intact: every catalog merged into the article by
// itstool gives a document the DocBook 5 schema accepts.
TEST(ArticleCatalogs, EveryMergedEditionIsValidDocBook) {
  const char schema[] = "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng";
  if (!have_gettext() || !test::have_program("itstool") || !test::have_program("jing") ||
      !std::filesystem::exists(schema))
    GTEST_SKIP() << "needs gettext, itstool, jing and docbook5-xml";
  test::TempDir dir;
  std::vector<std::string> validate = {"jing", schema};
  for (const auto& locale : linguas()) {
    const std::string mo = dir / (locale + ".mo"), xml = dir / (locale + ".xml");
    auto compiled = test::run({"msgfmt", "-o", mo, po_path(locale)});
    ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
    auto merged = test::run({"itstool", "-m", mo, "-l", locale, "-o", xml,
                             test::source_dir() + "/content/knee-health.xml"});
    ASSERT_EQ(merged.exit_code, 0) << locale << ": " << merged.err;
    validate.push_back(xml);
  }
  auto r = test::run(validate);  // one jing run for all editions
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

}  // namespace
}  // namespace xloc
