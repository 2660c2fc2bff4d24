// Specifies content/knee-health.its, the translator notes of the demo
// article, with itstool as the oracle: every note reaches the template, and
// no message gets two notes (ITS 2.0 lets the last rule win where itstool
// concatenates, so the rules must not overlap for the two to agree).
#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cstddef>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

std::string collapse_whitespace(const std::string& text) {
  std::istringstream in(text);
  std::string out;
  for (std::string w; in >> w;) out += (out.empty() ? "" : " ") + w;
  return out;
}

// The extracted comments ("#. " lines) of each message in a template,
// without itstool's own "(itstool) path:" lines, joined into one line.
std::vector<std::string> extracted_comments(const std::string& pot) {
  std::vector<std::string> out(1);
  std::istringstream in(pot);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) {
      out.emplace_back();
    } else if (line.rfind("#. ", 0) == 0 && line.find("(itstool)") == std::string::npos) {
      out.back() += " " + line.substr(3);
    }
  }
  for (auto& c : out) c = collapse_whitespace(c);
  return out;
}

TEST(ArticleNotes, EveryNoteReachesExactlyItsOwnMessages) {
  if (!test::have_program("itstool")) GTEST_SKIP() << "needs itstool";
  const std::string rules = test::source_dir() + "/content/knee-health.its";
  test::TempDir dir;
  auto r = test::run({"itstool", "-i", rules, "-o", dir / "knee.pot",
                      test::source_dir() + "/content/knee-health.xml"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto comments = extracted_comments(test::read_file(dir / "knee.pot"));

  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_file(rules.c_str()));
  std::set<std::string> notes;
  std::size_t rule_count = 0;
  for (auto rule : doc.child("its:rules").children("its:locNoteRule")) {
    const std::string note = collapse_whitespace(rule.child_value("its:locNote"));
    EXPECT_NE(std::find(comments.begin(), comments.end(), note), comments.end())
        << "selects nothing: " << rule.attribute("selector").value();
    notes.insert(note);
    ++rule_count;
  }
  EXPECT_EQ(rule_count, 13u);
  EXPECT_EQ(notes.size(), rule_count) << "two rules carry the same note";
  // A message with two notes would show them concatenated.
  const std::string credits_note = "Put one translator per line";  // itstool's own
  for (const auto& c : comments) {
    if (c.empty() || c.rfind(credits_note, 0) == 0) continue;
    EXPECT_TRUE(notes.count(c)) << "not exactly one note: " << c;
  }
}

}  // namespace
}  // namespace xloc
