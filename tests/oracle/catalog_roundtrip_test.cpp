// Oracle: for every catalog msgcat has normalized, xloc reads it and writes
// it back byte for byte. Covers every .po of the shared corpus and of the
// bundled sample (tests/data/corpus-sample), wrapped at 79 columns and with
// --no-wrap, and tests/data/catalog/edge_cases.po at several widths.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "catalog/po_reader.h"
#include "catalog/po_writer.h"
#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

using test::corpus_catalogs;

// "" if equal, else the first line that differs, both versions.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream a(expected), b(actual);
  std::string la, lb;
  for (int line = 1;; ++line) {
    const bool ga = static_cast<bool>(std::getline(a, la));
    const bool gb = static_cast<bool>(std::getline(b, lb));
    if (!ga && !gb) return expected == actual ? "" : "(difference in the final newline)";
    if (ga != gb || la != lb) {
      return "line " + std::to_string(line) + ":\n  msgcat: " + (ga ? la : "<end of file>") +
             "\n  xloc:   " + (gb ? lb : "<end of file>");
    }
  }
}

// Normalizes `source` with msgcat `args`, then checks xloc's round trip.
// Returns true if byte-identical.
bool round_trips(const std::string& source, const std::vector<std::string>& args, const PoWriteOptions& options) {
  test::TempDir dir;
  const std::string normalized = dir / "normalized.po";
  std::vector<std::string> argv = {"msgcat"};
  argv.insert(argv.end(), args.begin(), args.end());
  argv.insert(argv.end(), {"-o", normalized, source});
  const test::ProcessResult r = test::run(argv);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string expected = test::read_file(normalized);
  Result<Catalog> catalog = read_po(expected, normalized);
  EXPECT_TRUE(catalog.ok()) << catalog.error().to_string();
  if (!catalog.ok()) return false;
  const std::string diff = first_difference(expected, write_po(*catalog, options));
  EXPECT_EQ(diff, "") << source << " (msgcat " << (args.empty() ? "" : args[0]) << ")";
  return diff.empty();
}

class CatalogRoundTrip : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!test::have_program("msgcat")) GTEST_SKIP() << "msgcat (GNU gettext) is not installed";
  }
};

TEST_F(CatalogRoundTrip, EveryBundledSampleCatalogWrappedAndWithNoWrap) {
  const auto files = test::sample_catalogs();
  ASSERT_EQ(files.size(), 4u) << "de, fr, he, ja in " << test::sample_corpus_dir();
  PoWriteOptions no_wrap;
  no_wrap.wrap = false;
  for (const auto& f : files) {
    EXPECT_TRUE(round_trips(f, {}, PoWriteOptions{}));
    EXPECT_TRUE(round_trips(f, {"--no-wrap"}, no_wrap));
  }
}

TEST_F(CatalogRoundTrip, EveryCorpusCatalogWrapped) {
  if (auto why = test::corpus_missing(); !why.empty()) GTEST_SKIP() << why;
  const auto files = corpus_catalogs();
  ASSERT_EQ(files.size(), 19u) << "18 gnome-help catalogs + gnumeric/po/de.po";
  int identical = 0;
  for (const auto& f : files) identical += round_trips(f, {}, PoWriteOptions{});
  EXPECT_EQ(identical, 19);
}

TEST_F(CatalogRoundTrip, EveryCorpusCatalogWithNoWrap) {
  if (auto why = test::corpus_missing(); !why.empty()) GTEST_SKIP() << why;
  PoWriteOptions no_wrap;
  no_wrap.wrap = false;
  int identical = 0;
  for (const auto& f : corpus_catalogs()) identical += round_trips(f, {"--no-wrap"}, no_wrap);
  EXPECT_EQ(identical, 19);
}

TEST_F(CatalogRoundTrip, HandMadeEdgeCasesAtSeveralWidths) {
  const std::string edge = test::tests_dir() + "/data/catalog/edge_cases.po";
  for (const size_t width : {79, 0, 10, 20, 33, 40, 50, 100}) {
    SCOPED_TRACE("width " + std::to_string(width));
    PoWriteOptions options;
    options.width = width;
    EXPECT_TRUE(round_trips(edge, {"--width=" + std::to_string(width)}, options));
  }
  PoWriteOptions no_wrap;
  no_wrap.wrap = false;
  EXPECT_TRUE(round_trips(edge, {"--no-wrap"}, no_wrap));
}

}  // namespace
}  // namespace xloc
