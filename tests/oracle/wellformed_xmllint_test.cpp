// Oracle: xloc's XML parse (its::parse_xml, which every source and rules
// file goes through) against `xmllint --noout --nonet` on XML that others
// wrote: the W3C ITS 2.0 test suite and GNOME's Mallard help pages in
// ../shared, and those pages broken in the ways the issue lists (one
// mutation each, chosen by a fixed-seed generator, so a failure repeats).
// xmllint "rejects" when it exits non-zero or reports a namespace error
// (it reports those but exits 0; Namespaces 1.0 makes them errors).
// Agreement must be exact both ways: every rejected document rejected by
// xloc, every accepted one accepted.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "its/line_index.h"
#include "its/xml_document.h"
#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> files_under(const std::string& dir, const std::string& extension) {
  std::vector<std::string> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == extension) out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

bool xmllint_rejects(const std::string& path) {
  test::ProcessResult r = test::run({"xmllint", "--noout", "--nonet", path});
  return r.exit_code != 0 || r.err.find("namespace error") != std::string::npos;
}

bool xloc_rejects(const std::string& text, const std::string& name) {
  pugi::xml_document doc;
  its::LineIndex lines(text);
  return !its::parse_xml(doc, text, name, lines).ok();
}

// One break of well-formedness, or of nothing (some land where they are
// harmless: '&' inside a comment). xmllint says which.
std::string mutate(std::string text, std::mt19937& rng) {
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  const size_t at = pick(text.size());
  const size_t tag = text.find('<', at) == std::string::npos ? at : text.find('<', at);
  const size_t name_end = std::min(text.find_first_of(" />", tag + 1), text.size());
  switch (pick(16)) {
    case 0: text.erase(at, 1); break;
    case 1: text.insert(at, "&"); break;
    case 2: text.insert(at, "<"); break;
    case 3: text.insert(at, "]]>"); break;
    case 4: text.insert(at, "&amp"); break;
    case 5: text.insert(at, "&undeclared;"); break;
    case 6: text.insert(at, "\f"); break;
    case 7: text.insert(at, "\xef\xbf\xbe"); break;
    case 8: text.insert(at, "<!-- a -- b -->"); break;
    case 9: text.insert(at, "<?xml version='1.0'?>"); break;
    case 10: text.insert(name_end, " dup='1' dup='2'"); break;
    case 11: text.insert(name_end, " q:a='1'"); break;
    case 12: text.insert(name_end, " xmlns:xml='urn:x'"); break;
    case 13: text.resize(at); break;
    case 14: text += "<extra/>"; break;
    default: text.insert(tag + 1, "1"); break;  // a name starting with a digit
  }
  return text;
}

TEST(WellFormedXmllintOracle, AgreesOnDocumentsOthersWroteAndTheirBrokenCopies) {
  if (!test::have_program("xmllint")) GTEST_SKIP() << "needs xmllint (Debian: libxml2-utils)";
  std::vector<std::string> originals = files_under(test::shared_dir() + "/its-2.0-testsuite", ".xml");
  for (const std::string& page : files_under(test::corpus_dir() + "/gnome-user-docs/gnome-help/C", ".page"))
    originals.push_back(page);
  if (originals.size() < 100) GTEST_SKIP() << "the shared corpus is missing (../shared)";

  test::TempDir dir;
  std::mt19937 rng(13);
  std::vector<std::string> documents = originals;
  for (size_t i = 0; i < originals.size(); ++i) {
    const std::string path = dir / ("mutant-" + std::to_string(i) + ".xml");
    test::write_file(path, mutate(test::read_file(originals[i]), rng));
    documents.push_back(path);
  }
  size_t rejected = 0, accepted = 0;
  for (const std::string& path : documents) {
    const bool lint = xmllint_rejects(path);
    const bool xloc = xloc_rejects(test::read_file(path), path);
    EXPECT_EQ(xloc, lint) << path << (lint ? ": xmllint rejects it, xloc accepts it" : ": xloc rejects well-formed XML");
    (lint ? rejected : accepted) += 1;
  }
  // The mutations must really exercise both sides.
  EXPECT_GT(rejected, originals.size() / 2);
  EXPECT_GT(accepted, originals.size());
  std::printf("[ xmllint ] %zu documents: %zu rejected, %zu accepted by both\n", documents.size(), rejected, accepted);
}

}  // namespace
}  // namespace xloc
