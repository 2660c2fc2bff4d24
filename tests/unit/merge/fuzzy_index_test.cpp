// Tests FuzzyIndex: it finds what a full scan with similarity() finds.
#include "merge/fuzzy_index.h"

#include <gtest/gtest.h>

#include <random>

#include "merge/similarity.h"

namespace xloc {
namespace {

TEST(Trigrams, AreDistinctSortedAndPadded) {
  EXPECT_TRUE(trigrams("").empty());
  EXPECT_EQ(trigrams("a").size(), 1u);
  EXPECT_EQ(trigrams("aaaa").size(), 3u);  // \1aa, aaa, aa\2
}

TEST(FuzzyIndex, FindsTheMostSimilarAboveTheThreshold) {
  FuzzyIndex index;
  index.add("Open the file");
  index.add("Close the window");
  index.add("Open the files in a new window");
  index.build();
  auto m = index.best("Open the files", 0.6);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->id, 0u);
  EXPECT_DOUBLE_EQ(m->similarity, similarity("Open the files", "Open the file"));
  EXPECT_FALSE(index.best("Something else entirely", 0.6));
}

TEST(FuzzyIndex, RespectsAcceptAndBonusAndPrefersLowerIdsOnTies) {
  FuzzyIndex index;
  index.add("Print the page");
  index.add("Print the page");
  index.build();
  EXPECT_EQ(index.best("Print the pages", 0.6)->id, 0u);
  EXPECT_EQ(index.best("Print the pages", 0.6, [](size_t id) { return id != 0; })->id, 1u);
  EXPECT_EQ(index.best("Print the pages", 0.6, nullptr, [](size_t id) { return id == 1 ? 0.001 : 0.0; })->id, 1u);
}

// On random sentences with random edits, the index agrees with a full scan
// on the best similarity almost always (it is a heuristic, not exhaustive).
TEST(FuzzyIndex, AgreesWithAFullScan) {
  std::mt19937 rng(42);
  const char* words[] = {"the", "file", "open", "window", "settings", "network", "printer", "click", "select",
                         "button", "menu", "display", "sound", "user", "account", "password", "keyboard", "mouse"};
  auto sentence = [&] {
    std::string s;
    const int n = 4 + static_cast<int>(rng() % 12);
    for (int i = 0; i < n; ++i) s += std::string(i ? " " : "") + words[rng() % std::size(words)];
    return s;
  };
  std::vector<std::string> texts;
  FuzzyIndex index;
  for (int i = 0; i < 800; ++i) texts.push_back(sentence()), index.add(texts.back());
  index.build();
  int agree = 0, total = 0;
  for (int q = 0; q < 100; ++q) {
    std::string query = texts[rng() % texts.size()];
    query.insert(rng() % query.size(), " very");
    double best = 0;
    for (const auto& t : texts) best = std::max(best, similarity(query, t, 0.6));
    auto m = index.best(query, 0.6);
    ++total;
    if ((best == 0 && !m) || (m && m->similarity == best)) ++agree;
  }
  EXPECT_GE(agree, total * 95 / 100) << agree << "/" << total;
}

}  // namespace
}  // namespace xloc
