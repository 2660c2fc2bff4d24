// Tests update_catalogs() on an in-memory file system: parallel, all or
// nothing, restore on a failed write.
#include "merge/update.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

const char* const kPot = "msgid \"\"\nmsgstr \"\"\n\"POT-Creation-Date: 2026-11-25\\n\"\n\nmsgid \"Knee\"\nmsgstr \"\"\n";

std::string catalog(const char* translation) {
  return std::string("msgid \"\"\nmsgstr \"\"\n\"POT-Creation-Date: 2026-01-01\\n\"\n\nmsgid \"Knee\"\nmsgstr \"") +
         translation + "\"\n";
}

TEST(UpdateCatalogs, MergesManyCatalogsInParallel) {
  MemoryFileSystem fs;
  fs.add("k.pot", kPot);
  std::vector<std::string> paths;
  for (int i = 0; i < 20; ++i) {
    paths.push_back("po/" + std::to_string(i) + ".po");
    fs.add(paths.back(), catalog(("K" + std::to_string(i)).c_str()));
  }
  UpdateOptions options;
  options.jobs = 4;
  auto r = update_catalogs(fs, "k.pot", paths, options);
  ASSERT_TRUE(r) << r.error().to_string();
  ASSERT_EQ(r->size(), 20u);
  for (int i = 0; i < 20; ++i) {
    EXPECT_TRUE((*r)[i].written);
    EXPECT_EQ((*r)[i].stats.exact, 1u);
    EXPECT_NE(fs.files()[paths[i]].find("POT-Creation-Date: 2026-11-25"), std::string::npos);
    EXPECT_NE(fs.files()[paths[i]].find("msgstr \"K" + std::to_string(i) + "\""), std::string::npos);
  }
  // A second run changes nothing and writes nothing.
  auto again = update_catalogs(fs, "k.pot", paths, options);
  ASSERT_TRUE(again);
  for (const auto& u : *again) EXPECT_FALSE(u.written);
}

TEST(UpdateCatalogs, AnyReadErrorMeansNothingWritten) {
  MemoryFileSystem fs;
  fs.add("k.pot", kPot);
  fs.add("a.po", catalog("A"));
  fs.add("b.po", "msgid \"Knee\"\nmsgstr \"oops\n");
  auto before = fs.files();
  auto r = update_catalogs(fs, "k.pot", {"a.po", "b.po"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().where.file, "b.po");
  EXPECT_EQ(fs.files(), before);
}

TEST(UpdateCatalogs, AFailedWriteRestoresWhatWasAlreadyWritten) {
  MemoryFileSystem fs;
  fs.add("k.pot", kPot);
  fs.add("a.po", catalog("A"));
  fs.add("b.po", catalog("B"));
  fs.fail_writes_to("b.po");
  auto before = fs.files();
  auto r = update_catalogs(fs, "k.pot", {"a.po", "b.po"});
  ASSERT_FALSE(r);
  EXPECT_EQ(fs.files(), before);
}

}  // namespace
}  // namespace xloc
