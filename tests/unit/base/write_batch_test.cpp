#include "base/write_batch.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

const std::string kStaging = "out/.staging";

TEST(WriteBatch, AppliesEveryChangeInOrderAndLeavesNoStagingBehind) {
  MemoryFileSystem fs;
  fs.add("a", "old a");
  fs.add("gone", "x");
  {
    WriteBatch batch(fs, kStaging);
    ASSERT_TRUE(batch.write("a", "new a").ok());
    ASSERT_TRUE(batch.write("b", "new b").ok());
    batch.remove("gone");
    batch.remove("never-was");
    ASSERT_TRUE(batch.commit().ok());
  }
  EXPECT_EQ(fs.files(), (std::map<std::string, std::string>{{"a", "new a"}, {"b", "new b"}}));
}

TEST(WriteBatch, StagesContentsBeforeCommitWithoutTouchingTargets) {
  MemoryFileSystem fs;
  fs.add("a", "old a");
  WriteBatch batch(fs, kStaging);
  ASSERT_TRUE(batch.write("a", "new a").ok());
  EXPECT_EQ(fs.read("a").value(), "old a");
  EXPECT_EQ(fs.list(kStaging).value().size(), 1u) << "the new contents live on disk, not in memory";
}

TEST(WriteBatch, ABatchNeverCommittedLeavesEverythingAsItWas) {
  MemoryFileSystem fs;
  fs.add("a", "old a");
  const auto before = fs.files();
  {
    WriteBatch batch(fs, kStaging);
    ASSERT_TRUE(batch.write("a", "new a").ok());
    ASSERT_TRUE(batch.write("b", "new b").ok());
  }
  EXPECT_EQ(fs.files(), before);
}

TEST(WriteBatch, AFailedMoveRestoresEverythingAlreadyChanged) {
  MemoryFileSystem fs;
  fs.add("a", "old a");
  fs.add("gone", "x");
  fs.add("c", "old c");
  const auto before = fs.files();
  fs.fail_moves_from(kStaging + "/new-3");  // the fourth change, after three were applied
  {
    WriteBatch batch(fs, kStaging);
    ASSERT_TRUE(batch.write("a", "new a").ok());
    ASSERT_TRUE(batch.write("b", "new b").ok());
    batch.remove("gone");
    ASSERT_TRUE(batch.write("c", "new c").ok());
    EXPECT_FALSE(batch.commit().ok());
  }
  EXPECT_EQ(fs.files(), before);
}

TEST(WriteBatch, RecoverUndoesACommitThatWasKilledHalfway) {
  // What a process killed after two of four moves leaves on disk: the
  // journal, "a" replaced (its old contents in old-0), "b" created, and
  // the staged "c" and the removal of "gone" not yet applied.
  MemoryFileSystem fs;
  fs.add("c", "old c");
  fs.add("gone", "x");
  fs.add("a", "new a");
  fs.add("b", "new b");
  fs.add(kStaging + "/old-0", "old a");
  fs.add(kStaging + "/new-3", "new c");
  fs.add(kStaging + "/journal", "w 1 0 a\nw 0 1 b\nr 1 2 gone\nw 1 3 c\n");
  ASSERT_TRUE(WriteBatch::recover(fs, kStaging).ok());
  EXPECT_EQ(fs.files(), (std::map<std::string, std::string>{{"a", "old a"}, {"c", "old c"}, {"gone", "x"}}));
}

TEST(WriteBatch, ANewBatchRecoversFirstAndStagingLeftoversWithoutJournalAreDropped) {
  MemoryFileSystem fs;
  fs.add("a", "new a");
  fs.add(kStaging + "/old-0", "old a");
  fs.add(kStaging + "/journal", "w 1 0 a\n");
  {
    WriteBatch batch(fs, kStaging);
    EXPECT_EQ(fs.read("a").value(), "old a");
  }
  fs.add(kStaging + "/new-7", "debris of a run killed before its commit");
  { WriteBatch batch(fs, kStaging); }
  EXPECT_EQ(fs.files(), (std::map<std::string, std::string>{{"a", "old a"}}));
}

TEST(WriteBatch, RefusesATargetWhoseNameHasANewline) {
  MemoryFileSystem fs;
  WriteBatch batch(fs, kStaging);
  EXPECT_FALSE(batch.write("a\nb", "x").ok());
}

TEST(WriteBatch, AFailedStagingWriteFailsAtOnceAndTouchesNoTarget) {
  MemoryFileSystem fs;
  fs.add("a", "old a");
  fs.fail_writes_to(kStaging + "/new-1");
  {
    WriteBatch batch(fs, kStaging);
    ASSERT_TRUE(batch.write("a", "new a").ok());
    EXPECT_FALSE(batch.write("b", "new b").ok());
  }
  EXPECT_EQ(fs.files(), (std::map<std::string, std::string>{{"a", "old a"}}));
}

}  // namespace
}  // namespace xloc
