#include "base/edit_distance.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

TEST(EditDistance, CountsSingleEdits) {
  EXPECT_EQ(edit_distance("", ""), 0);
  EXPECT_EQ(edit_distance("check", "check"), 0);
  EXPECT_EQ(edit_distance("chek", "check"), 1);     // insertion
  EXPECT_EQ(edit_distance("checkk", "check"), 1);   // deletion
  EXPECT_EQ(edit_distance("chack", "check"), 1);    // substitution
  EXPECT_EQ(edit_distance("", "stats"), 5);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3);
}

}  // namespace
}  // namespace xloc
