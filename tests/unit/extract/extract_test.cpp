// Tests the template builder: one message per (msgctxt, msgid), every
// reference kept, notes wrapped and deduplicated, the header, errors.
#include "extract/extract.h"

#include <gtest/gtest.h>

#include "catalog/header.h"
#include "catalog/po_writer.h"

namespace xloc {
namespace {

ExtractOptions options() {
  ExtractOptions o;
  o.domain = "demo";
  o.creation_date = "2026-01-02 03:04+0000";
  return o;
}

const char* kPage = R"(<page xmlns="http://projectmallard.org/1.0/" xmlns:its="http://www.w3.org/2005/11/its">
<info><credit><name>Ann</name></credit></info>
<p its:locNote="Keep it short.">Hello</p>
<p>Hello</p>
<code>a
 b</code>
</page>)";

TEST(Extract, OneMessagePerKeyWithEveryReference) {
  MemoryFileSystem fs;
  fs.add("a.page", kPage);
  fs.add("b.page", kPage);
  auto pot = extract_template(fs, {"a.page", "b.page"}, options());
  ASSERT_TRUE(pot.ok()) << pot.error().to_string();
  ASSERT_EQ(pot->messages.size(), 5u);
  EXPECT_TRUE(pot->messages[0].is_header());
  EXPECT_EQ(pot->messages[1].msgctxt, "_");
  EXPECT_EQ(pot->messages[1].msgid, "translator-credits");
  EXPECT_EQ(pot->messages[2].msgid, "Ann");
  const Message& hello = pot->messages[3];
  EXPECT_EQ(hello.msgid, "Hello");
  EXPECT_EQ(hello.references, (std::vector<std::string>{"a.page:3", "a.page:4", "b.page:3", "b.page:4"}));
  EXPECT_EQ(hello.extracted_comments, std::vector<std::string>{"Keep it short."});
  EXPECT_EQ(pot->messages[4].msgid, "a\n b");
  EXPECT_TRUE(pot->messages[4].has_flag("no-wrap"));
}

TEST(Extract, HeaderNamesTheDomainAndDate) {
  Message h = template_header(options());
  Header header = Header::parse(h.msgstr[0]);
  EXPECT_EQ(header.get("Project-Id-Version"), "demo");
  EXPECT_EQ(header.get("POT-Creation-Date"), "2026-01-02 03:04+0000");
  EXPECT_EQ(header.get("Content-Type"), "text/plain; charset=UTF-8");
  EXPECT_TRUE(h.is_fuzzy());
  EXPECT_EQ(format_pot_date(0), "1970-01-01 00:00+0000");
}

TEST(Extract, LongNotesAreWrappedAndSeparateNotesKeptApart) {
  its::WalkResult doc;
  doc.file = "x.xml";
  its::Unit u;
  u.text = "T";
  u.line = 1;
  u.notes = {std::string(50, 'a') + "\n   " + std::string(40, 'b'), "Second."};
  doc.units = {u, u};
  TemplateBuilder b(options());
  b.add(doc);
  Catalog c = std::move(b).finish();
  ASSERT_EQ(c.messages.size(), 2u);
  EXPECT_EQ(c.messages[1].extracted_comments,
            (std::vector<std::string>{std::string(50, 'a'), std::string(40, 'b'), "", "Second."}));
  EXPECT_EQ(c.messages[1].references, (std::vector<std::string>{"x.xml:1", "x.xml:1"}));
}

TEST(Extract, FirstBadSourceStopsTheWork) {
  MemoryFileSystem fs;
  fs.add("good.page", kPage);
  fs.add("bad.page", "<page xmlns=\"http://projectmallard.org/1.0/\"><p>x</page>");
  auto r = extract_template(fs, {"good.page", "bad.page"}, options());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "bad.page:1:50: error: malformed XML: the end tag </page> does not match the start tag <p> of "
            "line 1");
  auto missing = extract_template(fs, {"nope.page"}, options());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, "unreadable-file");
}

TEST(Extract, TheTemplateIsTheSameForAnyNumberOfJobs) {
  // 50 sources, each with a message of its own and one they share: more
  // than one window of parallel walks, and order-dependent references.
  MemoryFileSystem fs;
  std::vector<std::string> sources;
  for (int i = 0; i < 50; ++i) {
    const std::string name = "p" + std::to_string(i) + ".page";
    fs.add(name, "<page xmlns=\"http://projectmallard.org/1.0/\"><p>Shared</p><p>Own " + std::to_string(i) +
                     "</p></page>");
    sources.push_back(name);
  }
  std::string first;
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    ExtractOptions o = options();
    o.jobs = jobs;
    auto pot = extract_template(fs, sources, o);
    ASSERT_TRUE(pot.ok()) << jobs;
    if (first.empty()) first = write_po(*pot);
    EXPECT_EQ(write_po(*pot), first) << jobs << " jobs";
  }
  EXPECT_NE(first.find("#: p0.page:1 p1.page:1"), std::string::npos) << first.substr(0, 400);
}

TEST(Extract, WithManyJobsTheFirstBadSourceInOrderIsReported) {
  MemoryFileSystem fs;
  std::vector<std::string> sources;
  for (int i = 0; i < 20; ++i) {
    const std::string name = "p" + std::to_string(i) + ".page";
    fs.add(name, i >= 7 ? "<page><p>x</page>" : "<page xmlns=\"http://projectmallard.org/1.0/\"/>");
    sources.push_back(name);
  }
  ExtractOptions o = options();
  o.jobs = 4;
  auto r = extract_template(fs, sources, o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where.file, "p7.page");
}

}  // namespace
}  // namespace xloc
