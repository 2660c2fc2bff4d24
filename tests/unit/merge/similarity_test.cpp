// Tests similarity() and diff_edits(): msgmerge's measure, bounded.
#include "merge/similarity.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

TEST(DiffEdits, CountsInsertionsAndDeletions) {
  struct Case {
    const char* a;
    const char* b;
    long edits;
  };
  const Case cases[] = {
      {"", "", 0},       {"abc", "abc", 0}, {"abc", "", 3},      {"", "xy", 2},
      {"abc", "abd", 2},  // a substitution is a deletion plus an insertion
      {"kitten", "sitting", 5}, {"The cat sat", "The cat sat down", 5}, {"abcdef", "badcfe", 6},
  };
  for (const Case& c : cases) EXPECT_EQ(diff_edits(c.a, c.b, 100), c.edits) << c.a << " / " << c.b;
}

TEST(DiffEdits, StopsAtTheBound) {
  EXPECT_EQ(diff_edits("aaaaaaaaaa", "bbbbbbbbbb", 5), 6);
  EXPECT_EQ(diff_edits("abcdefgh", "abcdXfgh", 2), 2);
}

TEST(Similarity, IsTwiceTheCommonSubsequenceOverTheTotalLength) {
  EXPECT_DOUBLE_EQ(similarity("", ""), 1.0);
  EXPECT_DOUBLE_EQ(similarity("abc", "abc"), 1.0);
  EXPECT_DOUBLE_EQ(similarity("abcd", "abce"), 6.0 / 8.0);
  EXPECT_DOUBLE_EQ(similarity("abc", ""), 0.0);
  EXPECT_DOUBLE_EQ(similarity("Open the file", "Open the files"), 26.0 / 27.0);
}

TEST(Similarity, ReturnsZeroBelowTheLowerBound) {
  EXPECT_DOUBLE_EQ(similarity("abcd", "abce", 0.8), 0.0);
  EXPECT_DOUBLE_EQ(similarity("abcd", "abce", 0.75), 0.75);
  EXPECT_DOUBLE_EQ(similarity("a", "abcdefgh", 0.5), 0.0);  // the length alone rules it out
}

}  // namespace
}  // namespace xloc
