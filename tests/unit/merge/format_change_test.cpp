// Tests format_change_needs_review(): one row per flag change of the
// template, with what msgfmt -c would say about the kept translation.
#include "merge/format_change.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

Message entry(std::string id, std::string str, std::vector<std::string> flags) {
  Message m;
  m.msgid = std::move(id);
  m.msgstr = {std::move(str)};
  m.flags = std::move(flags);
  return m;
}

struct Row {
  const char* what;
  std::vector<std::string> old_flags, new_flags;
  const char* msgid;
  const char* msgstr;
  bool review;
};

TEST(FormatChange, Table) {
  const Row rows[] = {
      {"no flag change", {"c-format"}, {"c-format"}, "%s of %d", "%d von %s", false},
      {"newly c-format, directives disagree", {}, {"c-format"}, "%s files", "%d Dateien", true},
      {"newly c-format, directives agree", {}, {"c-format"}, "%s files", "%s Dateien", false},
      {"newly c-format, reordered with positions", {}, {"c-format"}, "%s of %d", "%2$d von %1$s", false},
      {"newly c-format, argument left out", {}, {"c-format"}, "%s of %d", "%s", true},
      {"no-c-format -> c-format", {"no-c-format"}, {"c-format"}, "%d sure", "sicher", true},
      {"possible-c-format was claimed already", {"possible-c-format"}, {"c-format"}, "%s", "%d", false},
      {"newly possible-c-format", {}, {"possible-c-format"}, "%s", "%d", true},
      {"c-format -> python-format, fine", {"c-format"}, {"python-format"}, "%(n)s", "%(n)s", false},
      {"c-format -> python-format, broken", {"c-format"}, {"python-format"}, "%(n)s", "%(m)s", true},
      {"c-format -> kde-format, fine", {"c-format"}, {"kde-format"}, "%1 of %2", "%2 von %1", false},
      {"c-format -> kde-format, broken", {"c-format"}, {"kde-format"}, "%1 files", "%1 Dateien in %2", true},
      {"newly python-brace-format, renamed field", {}, {"python-brace-format"}, "{name}", "{nom}", true},
      {"c-format -> rust-format (not checkable)", {"c-format"}, {"rust-format"}, "{}", "{}", true},
      {"format dropped", {"c-format"}, {}, "%s", "%s", false},
      {"no-c-format added", {}, {"no-c-format"}, "%s", "%d", false},
      {"range dropped", {"range: 1..5"}, {}, "n", "n", true},
      {"range widened", {"range: 1..5"}, {"range: 0..5"}, "n", "n", true},
      {"range widened upwards", {"range: 1..5"}, {"range: 1..6"}, "n", "n", true},
      {"range narrowed", {"range: 1..5"}, {"range: 2..4"}, "n", "n", false},
      {"range kept", {"range: 1..5"}, {"range: 1..5"}, "n", "n", false},
      {"range added", {}, {"range: 1..5"}, "n", "n", false},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.what);
    EXPECT_EQ(format_change_needs_review(entry(row.msgid, row.msgstr, row.old_flags),
                                         entry(row.msgid, row.msgstr, row.new_flags)),
              row.review);
  }
}

TEST(FormatChange, UntranslatedNeedsNoReview) {
  EXPECT_FALSE(format_change_needs_review(entry("%s", "", {}), entry("%s", "", {"c-format"})));
}

TEST(FormatChange, EveryPluralFormIsCheckedAgainstMsgidPlural) {
  Message old;
  old.msgid = "one file";
  old.msgid_plural = "%d files";
  old.msgstr = {"eine Datei", "%d Dateien"};
  Message now = old;
  now.flags = {"c-format"};
  // Strict for every form: msgfmt may allow "eine Datei", xloc asks for review.
  EXPECT_TRUE(format_change_needs_review(old, now));
  old.msgid = now.msgid = "%d file";
  old.msgstr = now.msgstr = {"%d Datei", "%d Dateien"};
  EXPECT_FALSE(format_change_needs_review(old, now));
}

}  // namespace
}  // namespace xloc
