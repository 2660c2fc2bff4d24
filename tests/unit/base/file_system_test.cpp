#include "base/file_system.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include "support/paths.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

TEST(RealFileSystem, WritesAtomicallyAndLeavesNoTemporaryFile) {
  test::TempDir dir;
  RealFileSystem fs;
  const std::string path = dir / "sub/folder/de.po";
  ASSERT_TRUE(fs.write_atomic(path, "first"));
  ASSERT_TRUE(fs.write_atomic(path, "second"));
  EXPECT_EQ(*fs.read(path), "second");
  size_t entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir / "sub/folder")) ++entries;
  EXPECT_EQ(entries, 1u);
}

TEST(RealFileSystem, KeepsTheModeOfTheReplacedFile) {
  test::TempDir dir;
  RealFileSystem fs;
  const std::string path = dir / "x.po";
  test::write_file(path, "old");
  ::chmod(path.c_str(), 0600);
  ASSERT_TRUE(fs.write_atomic(path, "new"));
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST(RealFileSystem, FailedRenameLeavesTheTargetAndNoTemporaryFile) {
  // A non-empty folder cannot be replaced by a file: the final rename fails
  // after the temporary file was written, even for root.
  test::TempDir dir;
  RealFileSystem fs;
  const std::string target = dir / "de.po";
  test::write_file(target + "/keep", "precious");
  auto status = fs.write_atomic(target, "new");
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, "unwritable-file");
  EXPECT_EQ(test::read_file(target + "/keep"), "precious");
  size_t entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++entries;
  EXPECT_EQ(entries, 1u);
}

TEST(RealFileSystem, ReadErrorsNameTheFile) {
  RealFileSystem fs;
  auto r = fs.read("/nonexistent/file.po");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "unreadable-file");
  EXPECT_EQ(r.error().to_string(), "/nonexistent/file.po: error: cannot open file: No such file or directory");
}

TEST(MemoryFileSystem, ReadsWhatWasWrittenAndFailsOnRequest) {
  MemoryFileSystem fs;
  fs.add("a.po", "A");
  EXPECT_EQ(*fs.read("a.po"), "A");
  EXPECT_FALSE(fs.read("b.po"));
  fs.fail_writes_to("a.po");
  EXPECT_FALSE(fs.write_atomic("a.po", "B"));
  EXPECT_EQ(*fs.read("a.po"), "A");
}

}  // namespace
}  // namespace xloc

namespace xloc {
namespace {

TEST(FileSystemList, ListsNamesSortedInBothImplementations) {
  test::TempDir dir;
  test::write_file(dir / "po/fr.po", "");
  test::write_file(dir / "po/de.po", "");
  test::write_file(dir / "po/sub/x", "");
  RealFileSystem real;
  EXPECT_EQ(*real.list(dir / "po"), (std::vector<std::string>{"de.po", "fr.po", "sub"}));
  EXPECT_FALSE(real.list(dir / "missing"));

  MemoryFileSystem memory;
  memory.add("po/fr.po", "");
  memory.add("po/de.po", "");
  memory.add("po/sub/x", "");
  memory.add("po.txt", "");
  EXPECT_EQ(*memory.list("po"), (std::vector<std::string>{"de.po", "fr.po", "sub"}));
  EXPECT_FALSE(memory.list("missing"));
}

}  // namespace
}  // namespace xloc

namespace xloc {
namespace {

TEST(FileSystemRemove, RemovesFilesAndToleratesMissingOnes) {
  test::TempDir dir;
  RealFileSystem real;
  test::write_file(dir / "x", "1");
  EXPECT_TRUE(real.remove(dir / "x"));
  EXPECT_FALSE(real.exists(dir / "x"));
  EXPECT_TRUE(real.remove(dir / "x"));
  test::write_file(dir / "sub/y", "2");
  EXPECT_FALSE(real.remove(dir / "sub")) << "a folder with files in it is not removed";
  EXPECT_TRUE(real.exists(dir / "sub/y"));
  EXPECT_TRUE(real.remove(dir / "sub/y"));
  EXPECT_TRUE(real.remove(dir / "sub")) << "an empty folder is";
  EXPECT_FALSE(real.exists(dir / "sub"));

  MemoryFileSystem memory;
  memory.add("a", "1");
  EXPECT_TRUE(memory.remove("a"));
  EXPECT_FALSE(memory.exists("a"));
  EXPECT_TRUE(memory.remove("a"));
}

}  // namespace
}  // namespace xloc

namespace xloc {
namespace {

TEST(FileSystemRename, MovesAFileOverAnotherAndCreatesMissingFolders) {
  test::TempDir dir;
  RealFileSystem real;
  test::write_file(dir / "a", "new");
  test::write_file(dir / "b", "old");
  ASSERT_TRUE(real.rename(dir / "a", dir / "b"));
  EXPECT_FALSE(real.exists(dir / "a"));
  EXPECT_EQ(test::read_file(dir / "b"), "new");
  ASSERT_TRUE(real.rename(dir / "b", dir / "deep/er/c"));
  EXPECT_EQ(test::read_file(dir / "deep/er/c"), "new");
  auto missing = real.rename(dir / "nothing", dir / "d");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, "unwritable-file");
}

TEST(RealFileSystem, DoesNotReplaceAReadOnlyFile) {
  test::TempDir dir;
  RealFileSystem fs;
  const std::string path = dir / "x.po";
  test::write_file(path, "old");
  ::chmod(path.c_str(), 0444);
  Status s = fs.write_atomic(path, "new");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, "unwritable-file");
  EXPECT_EQ(s.error().message,
            "'" + path + "' is read-only; xloc does not replace a read-only file (make it writable first)");
  EXPECT_EQ(test::read_file(path), "old");
}

// Every component below the confined root is checked, the file itself too;
// the root may be a link, and paths outside it are not concerned.
TEST(FileSystem, ConfinedWritesRefuseSymbolicLinks) {
  namespace fs = std::filesystem;
  test::TempDir dir;
  fs::create_directories(dir / "elsewhere");
  fs::create_directories(dir / "real-out/editions");
  fs::create_directory_symlink(dir / "real-out", dir / "out");               // the root: allowed
  fs::create_directory_symlink(dir / "elsewhere", dir / "real-out/editions/de");  // a folder below it
  test::write_file(dir / "elsewhere/target.xml", "precious");
  fs::create_symlink(dir / "elsewhere/target.xml", dir / "real-out/report.html");  // a file below it

  RealFileSystem files;
  files.confine_writes_to(dir / "out");
  Status through_folder = files.write_atomic(dir / "out/editions/de/a.xml", "x");
  ASSERT_FALSE(through_folder);
  EXPECT_EQ(through_folder.error().code, "unsafe-path");
  EXPECT_EQ(through_folder.error().message,
            "refusing to write '" + (dir / "out/editions/de/a.xml") + "': '" + (dir / "out/editions/de") +
                "' is a symbolic link inside the output folder '" + (dir / "out") +
                "'; xloc never writes through one (remove the link, or choose another output folder)");
  EXPECT_FALSE(fs::exists(dir / "elsewhere/a.xml"));

  EXPECT_EQ(files.write_atomic(dir / "out/report.html", "x").error().code, "unsafe-path");
  EXPECT_EQ(files.remove(dir / "out/report.html").error().code, "unsafe-path");
  EXPECT_EQ(files.rename(dir / "out/report.html", dir / "out/r.html").error().code, "unsafe-path");
  test::write_file(dir / "real-out/plain.txt", "p");
  EXPECT_EQ(files.rename(dir / "out/plain.txt", dir / "out/editions/de/plain.txt").error().code, "unsafe-path");
  EXPECT_EQ(test::read_file(dir / "elsewhere/target.xml"), "precious");

  EXPECT_TRUE(files.write_atomic(dir / "out/editions/fr/a.xml", "fine"));        // new folders: no link
  EXPECT_TRUE(files.write_atomic(dir / "out/../out-sibling.txt", "outside"));   // not inside the root
  EXPECT_TRUE(files.write_atomic(dir / "elsewhere/other.txt", "outside"));
}

}  // namespace
}  // namespace xloc
