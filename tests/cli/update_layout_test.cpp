// End-to-end: `xloc update`'s layout options give byte for byte what
// msgmerge gives with the same options (msgmerge --previous -N, xloc
// --no-fuzzy, so both make the same matching decisions). On the shipped
// tests/data/update case, and on corpus catalogs merged with a template
// made from their own msgids (skipped when the corpus is missing).
#include <gtest/gtest.h>

#include <sstream>

#include "catalog/po_reader.h"
#include "catalog/po_writer.h"
#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

using test::read_file;

const std::vector<std::vector<std::string>> kOptionSets = {
    {},
    {"--no-wrap"},
    {"-w", "40"},
    {"--width=120"},
    {"--sort-output"},
    {"--sort-by-file"},
    {"--no-location"},
    {"--add-location=file"},
    {"--add-location=never"},
    {"--add-location"},
    {"--for-msgfmt"},
    {"--lang=de_AT"},
    {"--sort-by-file", "--add-location=file", "--no-wrap"},
};

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : " ") + x;
  return s.empty() ? "(defaults)" : s;
}

// Returns "" if identical, else the first differing line of each.
std::string first_difference(const std::string& ours, const std::string& theirs) {
  std::istringstream a(ours), b(theirs);
  std::string la, lb;
  for (int line = 1;; ++line) {
    const bool ga = static_cast<bool>(std::getline(a, la)), gb = static_cast<bool>(std::getline(b, lb));
    if (!ga && !gb) return ours == theirs ? "" : "same lines, different line ends";
    if (ga != gb || la != lb)
      return "line " + std::to_string(line) + ":\n  xloc:     " + (ga ? la : "<end>") + "\n  msgmerge: " + (gb ? lb : "<end>");
  }
}

void compare(const std::string& pot, const std::string& po, const std::vector<std::string>& options) {
  SCOPED_TRACE(po + " " + joined(options));
  test::TempDir tmp;
  std::vector<std::string> ms{"msgmerge", "-q", "--previous", "-N", "-o", tmp / "msgmerge.po"};
  ms.insert(ms.end(), options.begin(), options.end());
  ms.insert(ms.end(), {po, pot});
  auto theirs = test::run(ms);
  ASSERT_EQ(theirs.exit_code, 0) << theirs.err;
  std::vector<std::string> xl{"update", "--no-fuzzy", "-o", tmp / "xloc.po"};
  xl.insert(xl.end(), options.begin(), options.end());
  xl.insert(xl.end(), {pot, po});
  auto ours = test::run_xloc(xl);
  ASSERT_EQ(ours.exit_code, 0) << ours.err;
  EXPECT_EQ(first_difference(read_file(tmp / "xloc.po"), read_file(tmp / "msgmerge.po")), "");
}

TEST(CliUpdateLayout, ShippedCaseIsByteIdenticalToMsgmerge) {
  if (!test::have_program("msgmerge")) GTEST_SKIP() << "needs msgmerge (GNU gettext)";
  const std::string dir = test::tests_dir() + "/data/update";
  for (const auto& options : kOptionSets) compare(dir + "/layout.pot", dir + "/de.po", options);
}

// A template with the catalog's own live msgids: every entry is an exact
// match, so the two tools differ only in how they write.
std::string template_of(const Catalog& c) {
  Catalog t;
  Message header;
  header.flags = {"fuzzy"};
  header.msgstr = {"Content-Type: text/plain; charset=UTF-8\nPOT-Creation-Date: 2026-12-01 10:00+0000\n"};
  t.messages.push_back(header);
  for (const Message& m : c.messages) {
    if (m.is_header() || m.obsolete) continue;
    Message e = m;
    e.msgstr.assign(m.is_plural() ? 2 : 1, "");
    e.translator_comments.clear();
    e.remove_flag("fuzzy");
    e.previous_msgctxt.reset();
    e.previous_msgid.reset();
    e.previous_msgid_plural.reset();
    t.messages.push_back(std::move(e));
  }
  return write_po(t);
}

TEST(CliUpdateLayout, CorpusCatalogsAreByteIdenticalToMsgmerge) {
  if (!test::have_program("msgmerge")) GTEST_SKIP() << "needs msgmerge (GNU gettext)";
  const std::string help = test::corpus_dir() + "/gnome-user-docs/gnome-help";
  if (read_file(help + "/de/de.po").empty()) GTEST_SKIP() << "the corpus (../shared/corpus) is missing";
  test::TempDir tmp;
  for (const char* lang : {"de", "ja", "es"}) {
    const std::string po = help + "/" + lang + "/" + lang + ".po";
    auto catalog = read_po(read_file(po), po);
    ASSERT_TRUE(catalog) << catalog.error().to_string();
    const std::string pot = tmp / (std::string(lang) + ".pot");
    test::write_file(pot, template_of(*catalog));
    for (const auto& options : kOptionSets) compare(pot, po, options);
  }
}

}  // namespace
}  // namespace xloc
