// Tests trivial_edit(): exactly which source changes keep a translation.
#include "merge/trivial_edit.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

TEST(TrivialEdit, Table) {
  struct Case {
    const char* before;
    const char* after;
    std::optional<TrivialEdit> kind;
  };
  const Case cases[] = {
      {"Same text", "Same text", std::nullopt},
      {"Caf\xC3\xA9", "Cafe\xCC\x81", TrivialEdit::kNormalization},  // é precomposed vs e + combining acute
      {"Open the  file", "Open the file", TrivialEdit::kWhitespace},
      {"Open the\nfile ", "Open the file", TrivialEdit::kWhitespace},
      {"Click \"OK\"", "Click \xE2\x80\x9COK\xE2\x80\x9D", TrivialEdit::kQuotes},
      {"Don't panic", "Don\xE2\x80\x99t panic", TrivialEdit::kQuotes},
      {"Select the prefered printer", "Select the preferred printer", TrivialEdit::kTypo},
      {"Select the perferred printer", "Select the preferred printer", TrivialEdit::kTypo},  // swap
      {"Select the preferred printre", "Select the preferred printer", std::nullopt},  // last letter
      {"Open the selected file here", "Open the selected files here", std::nullopt},   // plural
      {"Enable the network adapter", "Unable the network adapter", std::nullopt},      // first letter
      {"Select the preferrred printer", "Select the preferred printer", TrivialEdit::kTypo},
      // Not trivial:
      {"Open the file", "open the file", std::nullopt},                                      // case
      {"You can now delete the files", "You can not delete the files", std::nullopt},        // 3-letter word
      {"Keep 1 copy of every file here", "Keep 2 copy of every file here", std::nullopt},    // digit
      {"Select the prefered printr", "Select the preferred printer", std::nullopt},          // two typos
      {"Short prefered", "Short preferred", std::nullopt},                                   // text under 20
      {"Open the file, then close it", "Open the file; then close it", std::nullopt},        // punctuation
      {"Press <kew>Enter</kew> to continue", "Press <key>Enter</key> to continue", std::nullopt},  // markup
  };
  for (const Case& c : cases) {
    EXPECT_EQ(trivial_edit(c.before, c.after), c.kind) << c.before << " -> " << c.after;
  }
}

TEST(TrivialForm, TakesOutNormalizationWhitespaceAndQuotes) {
  EXPECT_EQ(trivial_form("  Don\xE2\x80\x99t \n \xE2\x80\x9Cpanic\xE2\x80\x9D "), "Don't \"panic\"");
  EXPECT_EQ(trivial_form("Cafe\xCC\x81"), "Caf\xC3\xA9");
}

}  // namespace
}  // namespace xloc
