// Golden files, read by a human and committed: tests/golden/<case>.xml ->
// <case>.pot (extract; rules from <case>.its if present) and
// <case>.<lang>.po -> <case>.<lang>.xml (export). Each output must be
// byte-identical; the exported editions must also be well-formed.
// XLOC_UPDATE_GOLDEN=1 rewrites the expected files (then read the diff).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include <pugixml.hpp>

#include "catalog/po_reader.h"
#include "catalog/po_writer.h"
#include "export/export.h"
#include "extract/extract.h"
#include "its/rule_parser.h"
#include "support/paths.h"

namespace xloc {
namespace {

namespace fs = std::filesystem;

std::string golden_dir() { return test::tests_dir() + "/golden"; }

void expect_golden(const std::string& path, const std::string& actual) {
  if (std::getenv("XLOC_UPDATE_GOLDEN")) test::write_file(path, actual);
  EXPECT_EQ(test::read_file(path), actual) << path;
}

std::vector<its::RuleSet> rules_for(const std::string& stem) {
  std::vector<its::RuleSet> out;
  const std::string path = golden_dir() + "/" + stem + ".its";
  if (!fs::exists(path)) return out;
  auto r = its::parse_rules(test::read_file(path), stem + ".its");
  EXPECT_TRUE(r.ok());
  if (r.ok()) out.push_back(*r);
  return out;
}

std::vector<std::string> cases() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(golden_dir())) {
    const std::string name = e.path().filename().string();
    if (e.path().extension() == ".xml" && std::count(name.begin(), name.end(), '.') == 1)
      out.push_back(e.path().stem().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Golden, ExtractTemplates) {
  ASSERT_EQ(cases().size(), 3u);
  for (const std::string& stem : cases()) {
    MemoryFileSystem mem;
    mem.add(stem + ".xml", test::read_file(golden_dir() + "/" + stem + ".xml"));
    ExtractOptions options;
    options.domain = stem;
    options.creation_date = "2026-01-01 00:00+0000";
    options.rules = rules_for(stem);
    auto pot = extract_template(mem, {stem + ".xml"}, options);
    ASSERT_TRUE(pot.ok()) << pot.error().to_string();
    expect_golden(golden_dir() + "/" + stem + ".pot", write_po(*pot));
  }
}

TEST(Golden, ExportEditions) {
  size_t editions = 0;
  for (const auto& e : fs::directory_iterator(golden_dir())) {
    if (e.path().extension() != ".po") continue;
    const std::string name = e.path().stem().string();  // "<case>.<lang>"
    const std::string stem = name.substr(0, name.find('.'));
    MemoryFileSystem mem;
    auto catalog = read_po(test::read_file(e.path().string()), e.path().filename().string());
    ASSERT_TRUE(catalog.ok()) << catalog.error().to_string();
    ExportOptions options;
    options.threshold = 0;
    options.rules = rules_for(stem);
    auto out = export_document(test::read_file(golden_dir() + "/" + stem + ".xml"), stem + ".xml", mem, *catalog,
                               options);
    ASSERT_TRUE(out.ok()) << out.error().to_string();
    pugi::xml_document doc;
    EXPECT_TRUE(doc.load_buffer(out->xml.data(), out->xml.size())) << name;
    expect_golden(golden_dir() + "/" + name + ".xml", out->xml);
    ++editions;
  }
  EXPECT_EQ(editions, 3u);
}

}  // namespace
}  // namespace xloc
