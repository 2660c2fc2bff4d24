// Oracle: `xloc update` against GNU msgmerge on real gnome-help catalogs:
// the bundled sample (tests/data/corpus-sample) always, the whole shared
// corpus when it is there. A fresh template is extracted once per help
// folder with itstool; then both tools merge it into a few languages' catalogs. Exact matches must give
// identical results; fuzzy decisions are counted and their agreement rate
// printed (tools/bench/merge_bench.sh measures all 18 languages).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "catalog/po_reader.h"
#include "merge/merge.h"
#include "merge/similarity.h"
#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;

// itstool -o help.pot C/legal.xml C/*.page, run in `help_dir`; "" if it failed.
std::string fresh_template(const std::string& help_dir, const test::TempDir& dir) {
  std::vector<std::string> pages;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(help_dir + "/C", error))
    if (entry.path().extension() == ".page") pages.push_back("C/" + entry.path().filename().string());
  std::sort(pages.begin(), pages.end());
  std::vector<std::string> argv{"itstool", "-o", dir / "help.pot", "C/legal.xml"};
  argv.insert(argv.end(), pages.begin(), pages.end());
  return test::run(argv, help_dir).exit_code == 0 ? dir / "help.pot" : "";
}

Catalog read(const std::string& path) {
  auto c = read_po(test::read_file(path), path);
  EXPECT_TRUE(c) << c.error().to_string();
  return c ? std::move(c).value() : Catalog{};
}

std::string key_of(const Message& m) { return (m.msgctxt ? *m.msgctxt + "\x04" : "") + m.msgid; }

std::vector<std::string> human_comments(const Message& m) {
  std::vector<std::string> out;
  for (const auto& c : m.translator_comments)
    if (!c.starts_with("xloc: ")) out.push_back(c);
  return out;
}

// What a merge did with a new message: "" untranslated, else the msgid the
// translation came from.
std::string source_of(const Message& m) {
  if (m.is_untranslated()) return "";
  return m.previous_msgid.value_or("?");
}

struct Agreement {
  int exact_compared = 0, fuzzy_decisions = 0, fuzzy_agree = 0;
  int differing_scored = 0, xloc_at_least_as_similar = 0;  // msgmerge's measure (fstrcmp) on differing picks
};

// `min_exact`: how many messages of the template the catalog must already
// have (exact matches), so that the comparison compares something.
void compare_with_msgmerge(const std::string& help_dir, const std::string& pot, const std::string& lang,
                           int min_exact) {
  SCOPED_TRACE(lang);
  const std::string input = help_dir + "/" + lang + "/" + lang + ".po";
  test::TempDir tmp;
  auto ms = test::run({"msgmerge", "--previous", "-q", "-o", tmp / "msgmerge.po", input, pot});
  ASSERT_EQ(ms.exit_code, 0) << ms.err;
  auto xl = test::run_xloc({"update", "-o", tmp / "xloc.po", pot, input});
  ASSERT_EQ(xl.exit_code, 0) << xl.err;

  const Catalog before = read(input), theirs = read(tmp / "msgmerge.po"), ours = read(tmp / "xloc.po");
  std::set<std::string> old_keys;
  for (const Message& m : before.messages) old_keys.insert(key_of(m));
  std::map<std::string, const Message*> their_live;
  for (const Message& m : theirs.messages)
    if (!m.obsolete && !m.is_header()) their_live[key_of(m)] = &m;

  Agreement a;
  std::vector<std::string> disagreements;
  for (const Message& m : ours.messages) {
    if (m.obsolete || m.is_header()) continue;
    auto it = their_live.find(key_of(m));
    ASSERT_NE(it, their_live.end()) << "msgmerge has no '" << m.msgid << "'";
    const Message& t = *it->second;
    if (old_keys.count(key_of(m))) {
      ++a.exact_compared;
      EXPECT_EQ(m.msgstr, t.msgstr) << m.msgid;
      EXPECT_EQ(m.is_fuzzy(), t.is_fuzzy()) << m.msgid;
      EXPECT_EQ(human_comments(m), t.translator_comments) << m.msgid;
      EXPECT_EQ(m.flags, t.flags) << m.msgid;
      continue;
    }
    ++a.fuzzy_decisions;
    if (source_of(m) == source_of(t)) {
      ++a.fuzzy_agree;
      continue;
    }
    // Where the picks differ, which is closer to the new msgid as msgmerge
    // measures it? (An untranslated pick scores 0.)
    auto score = [&](const std::string& source) { return source.empty() ? 0.0 : similarity(m.msgid, source); };
    ++a.differing_scored;
    if (score(source_of(m)) >= score(source_of(t))) ++a.xloc_at_least_as_similar;
    if (disagreements.size() < 3) {
      disagreements.push_back("  new:     " + m.msgid.substr(0, 100) + "\n  xloc:    " + source_of(m).substr(0, 100) +
                              "\n  msgmerge: " + source_of(t).substr(0, 100));
    }
  }
  std::cout << "[ oracle ] " << lang << ": " << a.exact_compared << " exact matches identical; fuzzy decisions agree "
            << a.fuzzy_agree << "/" << a.fuzzy_decisions << "; where they differ, xloc's pick is at least as similar "
            << "(fstrcmp) in " << a.xloc_at_least_as_similar << "/" << a.differing_scored << "\n";
  for (const auto& d : disagreements) std::cout << d << "\n";
  EXPECT_GE(a.exact_compared, min_exact);
  EXPECT_GE(a.fuzzy_agree * 10, a.fuzzy_decisions * 7) << "agreement under 70%";

  // Invariant: every translation of the input is still there.
  std::multiset<std::string> kept;
  for (const Message& m : ours.messages) kept.insert(m.msgstr.begin(), m.msgstr.end());
  for (const Message& m : before.messages)
    for (const std::string& s : m.msgstr)
      if (!s.empty() && !m.is_header()) {
        EXPECT_TRUE(kept.count(s)) << "lost: " << s.substr(0, 80);
      }
}

// The sample's catalogs were cut from the corpus with msggrep -N to the
// messages of its 13 pages (tests/data/corpus-sample/README.md); they were
// merged against slightly older pages, so the merge does real work.
TEST(MergeMsgmergeOracle, BundledSampleExactMatchesIdenticalFuzzyDecisionsMostlyAgree) {
  if (!test::have_program("itstool") || !test::have_program("msgmerge")) GTEST_SKIP() << "needs itstool and msgmerge";
  const std::string help = test::sample_corpus_dir() + "/gnome-help";
  test::TempDir dir;
  const std::string pot = fresh_template(help, dir);
  ASSERT_FALSE(pot.empty()) << "itstool failed";
  for (const char* lang : {"de", "fr", "he", "ja"}) compare_with_msgmerge(help, pot, lang, 300);
}

// One test, so that ctest runs itstool once over the 315 pages.
TEST(MergeMsgmergeOracle, ExactMatchesIdenticalFuzzyDecisionsMostlyAgree) {
  if (auto why = test::corpus_missing(); !why.empty()) GTEST_SKIP() << why;
  if (!test::have_program("itstool") || !test::have_program("msgmerge")) GTEST_SKIP() << "needs itstool and msgmerge";
  const std::string help = test::corpus_dir() + "/gnome-user-docs/gnome-help";
  test::TempDir dir;
  const std::string pot = fresh_template(help, dir);
  ASSERT_FALSE(pot.empty()) << "itstool failed";
  for (const char* lang : {"de", "fr", "he"}) compare_with_msgmerge(help, pot, lang, 3000);
}

// GNOME help's 18 catalogs name their package in a dozen ways; merged with
// a template for "gnome-help" every one updates, without a warning.
TEST(MergeMsgmergeOracle, EveryGnomeHelpCatalogUpdatesWhateverItsProjectIdVersion) {
  if (auto why = test::corpus_missing(); !why.empty()) GTEST_SKIP() << why;
  if (!test::have_program("itstool")) GTEST_SKIP() << "needs itstool";
  test::TempDir dir;
  const std::string pot = fresh_template(test::corpus_dir() + "/gnome-user-docs/gnome-help", dir);
  ASSERT_FALSE(pot.empty()) << "itstool failed";
  Catalog templ = read(pot);
  Header h = templ.header();
  h.set("Project-Id-Version", "gnome-help 49.0");
  templ.set_header(h);
  size_t merged_catalogs = 0;
  for (const std::string& path : test::corpus_catalogs()) {
    if (path.find("/gnome-help/") == std::string::npos) continue;
    SCOPED_TRACE(path);
    auto r = merge_catalog(templ, read(path));
    ASSERT_TRUE(r) << r.error().to_string();
    EXPECT_TRUE(r->warnings.empty()) << r->warnings.front().to_string();
    ++merged_catalogs;
  }
  EXPECT_EQ(merged_catalogs, 18u);
}

}  // namespace
}  // namespace xloc
