// Precision of xloc check on released catalogs (the shared corpus: 18
// gnome-help catalogs and gnumeric's de.po). Released translations are
// mostly good, so what xloc reports there is mostly noise unless it is a
// real problem: warnings must stay at or below 1 per 100 translated
// messages on average, every check counted (normalization too: a catalog
// typed in decomposed form gets one warning, not one per message).
// Prints the per-catalog table and the warnings per check id for the
// closing note.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>

#include "base/file_system.h"
#include "catalog/po_reader.h"
#include "check/check_files.h"
#include "report/stats.h"
#include "support/paths.h"

namespace xloc {
namespace {

std::vector<std::string> corpus_catalogs() {
  std::vector<std::string> out;
  const std::string help = test::corpus_dir() + "/gnome-user-docs/gnome-help";
  if (!std::filesystem::exists(help)) return out;
  for (const auto& dir : std::filesystem::directory_iterator(help)) {
    const std::string po = dir.path().string() + "/" + dir.path().filename().string() + ".po";
    if (std::filesystem::exists(po)) out.push_back(po);
  }
  std::sort(out.begin(), out.end());
  out.push_back(test::corpus_dir() + "/gnumeric/po/de.po");
  return out;
}

TEST(CheckCorpus, WarningsStayAtOnePer100MessagesAndEveryCatalogReads) {
  const auto files = corpus_catalogs();
  if (files.size() < 19) GTEST_SKIP() << "corpus not found";
  RealFileSystem fs;
  const CheckRun run = check_files(fs, files);
  ASSERT_EQ(run.catalogs.size(), files.size());
  EXPECT_FALSE(run.unusable());
  double sum = 0;
  std::map<std::string, size_t> per_check;
  std::cout << "catalog        translated errors warnings (nfc)  warnings/100\n";
  for (size_t i = 0; i < files.size(); ++i) {
    const CatalogResult& r = run.catalogs[i];
    auto catalog = read_po_file(fs, files[i]);
    ASSERT_TRUE(catalog);
    const CatalogStats stats = catalog_stats(*catalog);
    size_t nfc = 0;
    for (const Diagnostic& d : r.diagnostics) {
      if (d.severity == Severity::kWarning) ++per_check[d.check];
      if (d.severity == Severity::kWarning && d.check == "normalization") ++nfc;
      EXPECT_NE(d.check, "syntax") << d.to_string();
    }
    EXPECT_LE(nfc, 1u) << files[i];
    const double per100 = 100.0 * static_cast<double>(r.count(Severity::kWarning)) /
                          static_cast<double>(std::max<size_t>(stats.translated, 1));
    sum += per100;
    char line[200];
    std::snprintf(line, sizeof line, "%-14s %10zu %6zu %8zu %5zu %13.2f\n",
                  std::filesystem::path(files[i]).filename().c_str(), stats.translated, r.count(Severity::kError),
                  r.count(Severity::kWarning), nfc, per100);
    std::cout << line;
  }
  const double mean = sum / static_cast<double>(files.size());
  std::cout << "mean warnings per 100 translated messages: " << mean << "\nwarnings per check:";
  for (const auto& [id, n] : per_check) std::cout << " " << id << " " << n;
  std::cout << "\n";
  EXPECT_LE(mean, 1.0);
}

}  // namespace
}  // namespace xloc
