// word_diff_html(): word-level changes between a previous and a current msgid.
#include "review/word_diff.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

TEST(WordDiff, MarksRemovedAndAddedWords) {
  EXPECT_EQ(word_diff_html("the stem cell injections knee", "stem cell injections for the knee"),
            "<del>the </del>stem cell injections <ins>for </ins><ins>the </ins>knee");
  EXPECT_EQ(word_diff_html("same text", "same text"), "same text");
  EXPECT_EQ(word_diff_html("", "new"), "<ins>new</ins>");
  EXPECT_EQ(word_diff_html("a <b>", "a <c>"), "a <del>&lt;b&gt;</del><ins>&lt;c&gt;</ins>");
}

}  // namespace
}  // namespace xloc
