// Identity round trip: exporting a document with a catalog that
// "translates" every message to itself, in the source language, gives back
// the source byte for byte: comments, PIs, DOCTYPE, attribute order,
// indentation, character and entity references, empty elements written
// long-hand. Run on the bundled article and every corpus page; pages with
// elements no locale wants (Mallard <comment>) lose exactly those elements.
#include <gtest/gtest.h>

#include <filesystem>

#include "base/file_system.h"
#include "export/export.h"
#include "extract/extract.h"
#include "its/rule_parser.h"
#include "its/unit_walker.h"
#include "support/paths.h"

namespace xloc {
namespace {

Catalog identity_catalog(const its::WalkResult& w) {
  Catalog c;
  Message header;
  header.msgstr = {"Language: en\nContent-Type: text/plain; charset=UTF-8\n"};
  c.messages.push_back(header);
  for (const its::Unit& u : w.units) {
    Message m;
    m.msgctxt = u.context;
    m.msgid = u.text;
    m.msgstr = {u.text};
    c.messages.push_back(m);
  }
  return c;
}

// The source without the elements export drops, each with its line.
std::string without_drops(const std::string& source, const its::WalkResult& w) {
  std::vector<its::Span> drops;
  std::function<void(const std::vector<its::Span>&)> collect = [&](const std::vector<its::Span>& spans) {
    for (const its::Span& s : spans)
      if (s.kind == its::Span::Kind::kDrop) drops.push_back(s);
      else collect(w.units[s.unit].inner);
  };
  collect(w.top);
  std::sort(drops.begin(), drops.end(), [](auto& a, auto& b) { return a.begin > b.begin; });
  std::string out = source;
  for (const its::Span& s : drops) {
    size_t begin = s.begin;
    while (begin > 0 && (out[begin - 1] == ' ' || out[begin - 1] == '\t')) --begin;
    if (begin > 0 && out[begin - 1] == '\n') --begin;
    else begin = s.begin;
    out.erase(begin, s.end - begin);
  }
  return out;
}

void expect_round_trip(const std::string& path, const std::vector<its::RuleSet>& rules, size_t& with_drops) {
  RealFileSystem fs;
  const std::string source = test::read_file(path);
  its::WalkOptions wo;
  wo.rules = rules;
  auto w = its::walk_units(source, path, fs, wo);
  ASSERT_TRUE(w.ok()) << w.error().to_string();
  ExportOptions options;
  options.rules = rules;
  auto r = export_document(source, path, fs, identity_catalog(*w), options);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->report.translated, r->report.units) << path;
  const std::string expected = without_drops(source, *w);
  if (expected != source) ++with_drops;
  EXPECT_EQ(r->xml, expected) << path;
}

TEST(ExportIdentity, ArticleComesBackByteForByte) {
  auto rules = its::parse_rules(test::read_file(test::source_dir() + "/content/knee-health.its"), "knee-health.its");
  ASSERT_TRUE(rules.ok());
  size_t with_drops = 0;
  expect_round_trip(test::source_dir() + "/content/knee-health.xml", {*rules}, with_drops);
  EXPECT_EQ(with_drops, 0u);
}

TEST(ExportIdentity, EveryCorpusPageComesBack) {
  const std::string dir = test::corpus_dir() + "/gnome-user-docs/gnome-help/C";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no corpus";
  size_t pages = 0, with_drops = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".page" && e.path().extension() != ".xml") continue;
    expect_round_trip(e.path().string(), {}, with_drops);
    ++pages;
  }
  EXPECT_EQ(pages, 315u);
  EXPECT_LT(with_drops, pages / 2);  // most pages come back with no change at all
  std::printf("[ identity ] %zu pages, %zu of them without their <comment> elements\n", pages, with_drops);
}

}  // namespace
}  // namespace xloc
