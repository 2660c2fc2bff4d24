// Tests fit_forms() and the dropped-form notes (merge/plural_shape.h).
#include "merge/plural_shape.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

Message singular(std::string str, std::vector<std::string> notes = {}) {
  Message m;
  m.msgid = "One file";
  m.msgstr = {std::move(str)};
  m.translator_comments = std::move(notes);
  return m;
}

Message plural(std::vector<std::string> strs) {
  Message m;
  m.msgid = "One file";
  m.msgid_plural = "%d files";
  m.msgstr = std::move(strs);
  return m;
}

TEST(PluralShape, SameShapeIsUnchanged) {
  FittedForms f = fit_forms(plural({"plik", "pliki", "plików"}), true, 3);
  EXPECT_EQ(f.msgstr, (std::vector<std::string>{"plik", "pliki", "plików"}));
  EXPECT_TRUE(f.dropped.empty());
  EXPECT_FALSE(f.reshaped);
  EXPECT_FALSE(fit_forms(singular("Datei"), false, 3).reshaped);
}

TEST(PluralShape, PluralToSingularKeepsFormZeroAndReportsTheRest) {
  FittedForms f = fit_forms(plural({"plik", "", "plików"}), false, 3);
  EXPECT_EQ(f.msgstr, std::vector<std::string>{"plik"});
  EXPECT_EQ(f.dropped, (std::vector<DroppedForm>{{2, "plików"}}));  // an empty form holds nothing
  EXPECT_TRUE(f.reshaped);
}

TEST(PluralShape, MoreFormsThanNpluralsReportsTheExtraOnes) {
  FittedForms f = fit_forms(plural({"a", "b", "c"}), true, 2);
  EXPECT_EQ(f.msgstr, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(f.dropped, (std::vector<DroppedForm>{{2, "c"}}));
  EXPECT_TRUE(f.reshaped);
}

TEST(PluralShape, FewerFormsThanNpluralsAreFilledWithEmptyOnes) {
  FittedForms f = fit_forms(plural({"a", "b"}), true, 3);
  EXPECT_EQ(f.msgstr, (std::vector<std::string>{"a", "b", ""}));
  EXPECT_FALSE(f.reshaped);
}

TEST(PluralShape, SingularToPluralCopiesTheTranslationIntoEveryForm) {
  FittedForms f = fit_forms(singular("Datei"), true, 3);
  EXPECT_EQ(f.msgstr, (std::vector<std::string>{"Datei", "Datei", "Datei"}));
  EXPECT_TRUE(f.reshaped);
  EXPECT_TRUE(f.restored_notes.empty());
}

TEST(PluralShape, SingularToPluralGivesBackTheFormsItsNotesKept) {
  const Message m = singular("plik", {"mine", dropped_form_note({2, "plików"}), dropped_form_note({7, "x"})});
  FittedForms f = fit_forms(m, true, 3);
  EXPECT_EQ(f.msgstr, (std::vector<std::string>{"plik", "plik", "plików"}));
  EXPECT_EQ(f.restored_notes, std::vector<size_t>{1});  // [7] does not fit 3 forms: the note stays
  EXPECT_TRUE(f.reshaped);
}

TEST(PluralShape, NotesRoundTripEveryText) {
  for (std::string text : {"%d Elemente", "two\nlines\n", "C:\\dir\\n", "\\", "]: tricky [1]: "}) {
    const std::string note = dropped_form_note({1, text});
    EXPECT_EQ(note.find('\n'), std::string::npos) << note;
    ASSERT_TRUE(parse_dropped_form_note(note)) << note;
    EXPECT_EQ(parse_dropped_form_note(note)->text, text);
  }
  EXPECT_EQ(dropped_form_note({1, "a\nb\\c"}), "xloc: dropped plural form [1]: a\\nb\\\\c");
}

TEST(PluralShape, OtherCommentsAreNoNotes) {
  for (const char* c : {"", "note", "xloc: dropped plural form [x]: a", "xloc: dropped plural form [1] a",
                        "xloc: dropped plural form [0]: a", "xloc: dropped plural form [1]: "})
    EXPECT_FALSE(parse_dropped_form_note(c)) << c;
}

}  // namespace
}  // namespace xloc
