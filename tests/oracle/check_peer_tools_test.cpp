// The defect suite (tests/data/check/<id>/<defect>.po, one defect each)
// against xloc check, msgfmt -c and pofilter (translate-toolkit): which
// tool catches which defect. xloc must catch every defect, so in
// particular every one either peer catches; the clean catalogs
// (tests/data/check/clean/) must give xloc no error and no warning and
// pass msgfmt -c. The table is printed for the closing note.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "check/check.h"
#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;

std::string suite_dir() { return test::tests_dir() + "/data/check"; }

struct Defect {
  std::string id;    // the check that must catch it: the folder name
  std::string file;  // relative to suite_dir(): "c-format/type-mismatch.po"
};

std::vector<Defect> defects() {
  std::vector<Defect> out;
  for (const auto& dir : fs::directory_iterator(suite_dir())) {
    if (!dir.is_directory() || dir.path().filename() == "clean") continue;
    for (const auto& f : fs::directory_iterator(dir.path()))
      out.push_back({dir.path().filename().string(), dir.path().filename().string() + "/" + f.path().filename().string()});
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.file < b.file; });
  return out;
}

// pofilter over the whole suite in one process (it is slow to start):
// file -> the pofilter tests that fired, or "error" if it could not read it.
std::map<std::string, std::set<std::string>> run_pofilter() {
  test::TempDir out;
  const auto r = test::run({"pofilter", "--progress=none", "-i", suite_dir(), "-o", out.path()});
  std::map<std::string, std::set<std::string>> found;
  for (const Defect& d : defects()) {
    const std::string text = test::read_file(out / d.file);
    for (size_t at = text.find("(pofilter) "); at != std::string::npos; at = text.find("(pofilter) ", at + 1)) {
      const size_t b = at + 11, e = text.find_first_of(":\n", b);
      found[d.file].insert(text.substr(b, e - b));
    }
    if (r.err.find("input " + suite_dir() + "/" + d.file) != std::string::npos ||
        r.err.find("input ./" + d.file) != std::string::npos || r.err.find(d.file + ", output") != std::string::npos)
      found[d.file].insert("error");
  }
  return found;
}

TEST(CheckPeerTools, XlocCatchesEveryDefectOfTheSuiteAndEveryOneMsgfmtOrPofilterCatches) {
  if (!test::have_program("msgfmt") || !test::have_program("pofilter")) GTEST_SKIP() << "msgfmt/pofilter missing";
  const auto all = defects();
  ASSERT_GE(all.size(), 40u);
  // Every id of the table has at least one defect.
  std::set<std::string> ids;
  for (const Defect& d : all) ids.insert(d.id);
  for (const CheckInfo& info : check_registry())
    if (info.severity != Severity::kInfo) {
      EXPECT_TRUE(ids.count(std::string(info.id))) << "no defect for " << info.id;
    }

  const auto pofilter = run_pofilter();
  int by_xloc = 0, by_msgfmt = 0, by_pofilter = 0;
  std::cout << "defect                                      xloc  msgfmt  pofilter\n";
  for (const Defect& d : all) {
    const std::string path = suite_dir() + "/" + d.file;
    const auto x = test::run_xloc({"check", path});
    const bool xloc = x.out.find("[" + d.id + "]") != std::string::npos;
    const bool msgfmt = test::run({"msgfmt", "-c", "-o", "/dev/null", path}).exit_code != 0;
    const auto it = pofilter.find(d.file);
    const bool po = it != pofilter.end() && !it->second.empty();
    by_xloc += xloc;
    by_msgfmt += msgfmt;
    by_pofilter += po;
    std::string tests;
    if (po)
      for (const std::string& t : it->second) tests += (tests.empty() ? "" : ",") + t;
    std::string name = d.file.substr(0, d.file.size() - 3);
    name.resize(44, ' ');
    std::cout << name << (xloc ? "yes   " : "NO    ") << (msgfmt ? "yes     " : "-       ") << (po ? tests : "-")
              << "\n";
    EXPECT_TRUE(xloc) << d.file << " is not caught as [" << d.id << "]:\n" << x.out;
  }
  std::cout << "caught: xloc " << by_xloc << ", msgfmt -c " << by_msgfmt << ", pofilter " << by_pofilter << " of "
            << all.size() << "\n";
}

TEST(CheckPeerTools, CleanCatalogsGiveNoErrorNoWarningAndPassMsgfmt) {
  for (const char* lang : {"ru", "ar", "ja", "fr"}) {
    const std::string path = suite_dir() + "/clean/" + lang + ".po";
    const auto x = test::run_xloc({"check", "--strict", path});
    EXPECT_EQ(x.exit_code, 0) << x.out;
    EXPECT_NE(x.out.find(": 0 errors, 0 warnings, 0 infos"), std::string::npos) << x.out;
    if (test::have_program("msgfmt")) {
      EXPECT_EQ(test::run({"msgfmt", "-c", "-o", "/dev/null", path}).exit_code, 0) << lang;
    }
  }
}

}  // namespace
}  // namespace xloc
