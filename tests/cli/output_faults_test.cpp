// Fault injection for every command that writes: `xloc extract`, `export`,
// `init` and `release` while the Nth write, fsync or rename on a regular
// file fails (tests/fault/fail_io.cpp, loaded with LD_PRELOAD). The command
// must fail with exit 2 and the system's message, every output that existed
// before must be byte-identical (for release: all of out/, editions,
// manifest and report, since its writes are one WriteBatch), and no
// temporary file may be left behind. (`update`: update_faults_test.cpp.)
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;

struct Fault {
  const char* call;
  int nth;
};
constexpr Fault kFaults[] = {{"write", 1}, {"fsync", 1}, {"rename", 1}};

test::ProcessResult run_with_fault(std::vector<std::string> args, const Fault* f, bool kill = false) {
  args.insert(args.begin(), test::xloc_binary());
  std::vector<std::string> env{"ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=1:abort_on_error=1",
                               "SOURCE_DATE_EPOCH=1767225600"};
  if (f) {
    env.push_back(std::string("LD_PRELOAD=") + XLOC_FAIL_IO_SHIM);
    env.push_back(std::string("XLOC_FAIL_CALL=") + f->call);
    env.push_back("XLOC_FAIL_NTH=" + std::to_string(f->nth));
    if (kill) env.push_back("XLOC_FAIL_KILL=1");
  }
  return test::run(args, "", "", env);
}

// Every regular file under `dir` with its contents.
std::map<std::string, std::string> snapshot(const std::string& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out[fs::relative(e.path(), dir).string()] = test::read_file(e.path().string());
  return out;
}

// A command that writes `output` (relative to the temp dir), which already
// holds "old contents".
struct SingleOutput {
  const char* name;
  std::vector<std::string> args;  // "{dir}" is replaced by the temp dir
  const char* output;
  bool exists_before = true;  // init refuses to overwrite a catalog
};

std::vector<SingleOutput> single_output_commands() {
  return {
      {"extract", {"extract", "-o", "{dir}/out.pot", "{dir}/content/knee-health.xml"}, "out.pot"},
      {"export", {"export", "--catalog", "{dir}/po/de.po", "-o", "{dir}/de.xml", "{dir}/content/knee-health.xml"}, "de.xml"},
      {"init", {"init", "--locale", "de", "-o", "{dir}/new.po", "{dir}/po/knee-health.pot"}, "new.po", false},
  };
}

void copy_project(const std::string& to) {
  for (const char* sub : {"content", "po"})
    fs::copy(test::source_dir() + "/" + sub, to + "/" + sub, fs::copy_options::recursive);
}

std::vector<std::string> expand(const std::vector<std::string>& args, const std::string& dir) {
  std::vector<std::string> out;
  for (std::string a : args) {
    if (size_t at = a.find("{dir}"); at != std::string::npos) a.replace(at, 5, dir);
    out.push_back(a);
  }
  return out;
}

TEST(OutputFaults, ExtractExportAndInitLeaveTheOldOutputAndNoStrayFile) {
  for (const SingleOutput& c : single_output_commands()) {
    SCOPED_TRACE(c.name);
    {  // Without a fault the command replaces the old output.
      test::TempDir dir;
      copy_project(dir.path());
      if (c.exists_before) test::write_file(dir / c.output, "old contents\n");
      auto r = run_with_fault(expand(c.args, dir.path()), nullptr);
      ASSERT_EQ(r.exit_code, 0) << r.err;
      EXPECT_NE(test::read_file(dir / c.output), "old contents\n");
    }
    for (const Fault& f : kFaults) {
      SCOPED_TRACE(std::string(f.call) + " #" + std::to_string(f.nth));
      test::TempDir dir;
      copy_project(dir.path());
      if (c.exists_before) test::write_file(dir / c.output, "old contents\n");
      const auto before = snapshot(dir.path());
      auto r = run_with_fault(expand(c.args, dir.path()), &f);
      EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
      EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
      EXPECT_EQ(snapshot(dir.path()), before) << "an output changed or a temporary file was left behind";
    }
  }
}

TEST(OutputFaults, AFailedReleaseLeavesOutAsItWas) {
  // out/ first holds a release made with a different German catalog.
  test::TempDir dir;
  copy_project(dir.path());
  std::string de = test::read_file(dir / "po/de.po");
  const std::string from = "msgstr \"Einleitung\"";
  ASSERT_NE(de.find(from), std::string::npos);
  test::write_file(dir / "po/de.po", std::string(de).replace(de.find(from), from.size(), "msgstr \"Einführung\""));
  ASSERT_NE(run_with_fault({"release", "--project", dir.path(), "--out", dir / "old"}, nullptr).exit_code, 2);
  test::write_file(dir / "po/de.po", de);
  ASSERT_NE(run_with_fault({"release", "--project", dir.path(), "--out", dir / "new"}, nullptr).exit_code, 2);
  const auto old_files = snapshot(dir / "old"), new_files = snapshot(dir / "new");
  ASSERT_NE(old_files.at("editions/de/knee-health.xml"), new_files.at("editions/de/knee-health.xml"));
  ASSERT_EQ(old_files.size(), new_files.size());

  const Fault faults[] = {{"write", 1}, {"write", 5}, {"fsync", 3}, {"rename", 1}, {"rename", 4}, {"rename", 9}};
  for (const Fault& f : faults) {
    SCOPED_TRACE(std::string(f.call) + " #" + std::to_string(f.nth));
    fs::remove_all(dir / "out");
    fs::copy(dir / "old", dir / "out", fs::copy_options::recursive);
    auto r = run_with_fault({"release", "--project", dir.path(), "--out", dir / "out", "--jobs", "4"}, &f);
    EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
    EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
    const auto after = snapshot(dir / "out");
    EXPECT_EQ(after, old_files) << "a failed release must leave out/ as it was";
    EXPECT_FALSE(fs::exists(dir / "out/.xloc-staging"));
  }
}

TEST(OutputFaults, AReleaseKilledMidwayIsUndoneByTheNextRun) {
  // Editions stream into out/.xloc-staging; the commit moves them into
  // place under a journal. A process killed at any rename (while staging,
  // while committing) must leave something the next run can undo: its
  // first step restores the old out/. The next run here fails at its first
  // write, so out/ must then be exactly the old release; a clean run after
  // that gives the new one.
  test::TempDir dir;
  copy_project(dir.path());
  std::string de = test::read_file(dir / "po/de.po");
  const std::string from = "msgstr \"Einleitung\"";
  test::write_file(dir / "po/de.po", std::string(de).replace(de.find(from), from.size(), "msgstr \"Einführung\""));
  ASSERT_NE(run_with_fault({"release", "--project", dir.path(), "--out", dir / "old"}, nullptr).exit_code, 2);
  test::write_file(dir / "po/de.po", de);
  ASSERT_NE(run_with_fault({"release", "--project", dir.path(), "--out", dir / "new"}, nullptr).exit_code, 2);
  const auto old_files = snapshot(dir / "old"), new_files = snapshot(dir / "new");

  // 8 editions + manifest + report + journal are written with a rename
  // each; the commit then makes two renames per replaced file.
  for (int nth : {3, 11, 12, 13, 18, 25, 31}) {
    SCOPED_TRACE("killed at rename #" + std::to_string(nth));
    fs::remove_all(dir / "out");
    fs::copy(dir / "old", dir / "out", fs::copy_options::recursive);
    const Fault rename{"rename", nth};
    auto killed = run_with_fault({"release", "--project", dir.path(), "--out", dir / "out"}, &rename, true);
    ASSERT_EQ(killed.exit_code, 137) << killed.out << killed.err;

    const Fault first_write{"write", 1};
    auto failed = run_with_fault({"release", "--project", dir.path(), "--out", dir / "out"}, &first_write);
    EXPECT_EQ(failed.exit_code, 2) << failed.out << failed.err;
    EXPECT_EQ(snapshot(dir / "out"), old_files) << "the killed release was not undone";

    auto clean = run_with_fault({"release", "--project", dir.path(), "--out", dir / "out"}, nullptr);
    EXPECT_NE(clean.exit_code, 2) << clean.err;
    EXPECT_EQ(snapshot(dir / "out"), new_files);
    EXPECT_FALSE(fs::exists(dir / "out/.xloc-staging"));
  }
}

}  // namespace
}  // namespace xloc
