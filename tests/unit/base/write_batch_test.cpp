#include "base/write_batch.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

TEST(WriteBatch, AppliesEveryChangeInOrder) {
  MemoryFileSystem fs;
  fs.add("a", "old a");
  fs.add("gone", "x");
  WriteBatch batch;
  batch.write("a", "new a");
  batch.write("b", "new b");
  batch.remove("gone");
  batch.remove("never-was");
  ASSERT_TRUE(batch.commit(fs).ok());
  EXPECT_EQ(fs.files(), (std::map<std::string, std::string>{{"a", "new a"}, {"b", "new b"}}));
}

TEST(WriteBatch, AFailedWriteRestoresEverythingAlreadyChanged) {
  MemoryFileSystem fs;
  fs.add("a", "old a");
  fs.add("gone", "x");
  fs.add("c", "old c");
  const auto before = fs.files();
  fs.fail_writes_to("c");
  WriteBatch batch;
  batch.write("a", "new a");
  batch.write("b", "new b");
  batch.remove("gone");
  batch.write("c", "new c");
  Status s = batch.commit(fs);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(fs.files(), before);
}

}  // namespace
}  // namespace xloc
