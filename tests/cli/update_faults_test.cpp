// Fault injection: `xloc update` over 20 catalogs while the Nth write,
// fsync or rename on a regular file fails (tests/fault/fail_io.cpp, loaded
// with LD_PRELOAD). Whatever fails, every catalog must end byte-identical
// to what it was, and no temporary file may be left behind.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;

constexpr int kCatalogs = 20;

struct Project {
  test::TempDir dir;
  std::string template_path;
  std::vector<std::string> catalogs;
  std::map<std::string, std::string> originals;
};

// 20 copies of the German catalog and a template where one source sentence
// changed, so that every catalog really has to be rewritten.
void make_project(Project& p) {
  std::string pot = test::read_file(test::source_dir() + "/po/knee-health.pot");
  const std::string from = "msgid \"Introduction\"";
  ASSERT_NE(pot.find(from), std::string::npos);
  pot.replace(pot.find(from), from.size(), "msgid \"Introduction to the therapy\"");
  p.template_path = p.dir / "knee-health.pot";
  test::write_file(p.template_path, pot);
  const std::string de = test::read_file(test::source_dir() + "/po/de.po");
  for (int i = 0; i < kCatalogs; ++i) {
    const std::string path = p.dir / ("de" + std::to_string(i) + ".po");
    test::write_file(path, de);
    p.catalogs.push_back(path);
    p.originals[path] = de;
  }
}

test::ProcessResult update_with_fault(const Project& p, const std::string& call, int nth) {
  std::vector<std::string> argv{test::xloc_binary(), "update", "--jobs", "4", p.template_path};
  argv.insert(argv.end(), p.catalogs.begin(), p.catalogs.end());
  std::vector<std::string> env{"ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=1:abort_on_error=1"};
  if (!call.empty()) {
    env.push_back(std::string("LD_PRELOAD=") + XLOC_FAIL_IO_SHIM);
    env.push_back("XLOC_FAIL_CALL=" + call);
    env.push_back("XLOC_FAIL_NTH=" + std::to_string(nth));
  }
  return test::run(argv, "", "", env);
}

size_t files_in(const std::string& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

TEST(UpdateFaults, WithoutAFaultEveryCatalogIsRewritten) {
  Project p;
  make_project(p);
  auto r = update_with_fault(p, "", 0);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& [path, original] : p.originals) EXPECT_NE(test::read_file(path), original) << path;
  EXPECT_EQ(files_in(p.dir.path()), static_cast<size_t>(kCatalogs + 1));
}

struct Fault {
  const char* call;
  int nth;
};

TEST(UpdateFaults, AFailedWriteFsyncOrRenameLeavesEveryCatalogAsItWas) {
  const Fault faults[] = {{"rename", 1}, {"rename", 13}, {"rename", 20}, {"fsync", 13},
                          {"write", 1},  {"write", 13},  {"write", 20}};
  for (const Fault& f : faults) {
    SCOPED_TRACE(std::string(f.call) + " #" + std::to_string(f.nth));
    Project p;
    make_project(p);
    auto r = update_with_fault(p, f.call, f.nth);
    EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
    EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
    for (const auto& [path, original] : p.originals) EXPECT_TRUE(test::read_file(path) == original) << path;
    EXPECT_EQ(files_in(p.dir.path()), static_cast<size_t>(kCatalogs + 1)) << "a temporary file was left behind";
  }
}

}  // namespace
}  // namespace xloc
