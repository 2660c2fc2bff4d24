#include "catalog/line_break.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace xloc {
namespace {

// `text` with '|' where a break is possible.
std::string show_breaks(const std::string& text) {
  std::vector<char> breaks(text.size());
  possible_line_breaks(text, breaks.data());
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (breaks[i] == kBreakPossible) out += '|';
    out += text[i];
  }
  return out;
}

TEST(LineBreak, DisplayWidths) {
  EXPECT_EQ(display_width(U'a'), 1);
  EXPECT_EQ(display_width(U'軟'), 2);
  EXPECT_EQ(display_width(U'（'), 2);   // fullwidth parenthesis
  EXPECT_EQ(display_width(U'한'), 2);
  EXPECT_EQ(display_width(0x0301), 0);  // combining acute
  EXPECT_EQ(display_width(0x0E31), 0);  // Thai vowel sign, non-spacing
  EXPECT_EQ(display_width(0x0BBE), 1);  // Tamil vowel sign, spacing
  EXPECT_EQ(display_width(0x00AD), 0);  // soft hyphen
  EXPECT_EQ(display_width(0x200B), 0);  // zero width space
  EXPECT_EQ(display_width(0x01), -1);
}

struct BreakCase {
  std::string text;
  std::string expected;
};

TEST(LineBreak, PossibleBreaksFollowGettext) {
  const BreakCase cases[] = {
      {"a b  c", "a |b  |c"},
      {"www.example.org/foo", "www.|example.|org/|foo"},  // no LB29 (IS × AL)
      {"well-known", "well-|known"},
      {"(a) [b]", "(a) |[b]"},
      {"50% $100", "50% |$100"},
      {"軟骨", "軟|骨"},
      {"a（b）", "a|（b）"},                 // LB30 excludes wide OP
      {"a(b)", "a(b)"},
      {"\u05E9\u05BE\u05D0 x", "\u05E9\u05BE\u05D0 |x"},  // LB21a: Hebrew maqaf
      {"สวัสดี ครับ", "สวัสดี |ครับ"},        // Thai: no dictionary
      {"say \"hi\" now", "say |\"hi\" |now"},
      {"a-\u00A0b", "a-|\u00A0b"},                   // LB12a: break before NBSP after a hyphen
      {"a \u0301b", "a |\u0301b"},                   // a mark after a space starts a word
      {"\u231A\u200D\u231A", "\u231A\u200D\u231A"},  // LB8a: nothing breaks after ZWJ
      {"x\u200B\u0301\u231A", "x\u200B|\u0301|\u231A"},
      {") \u17D6", ") |\u17D6"},                     // LB16 only after CL, not CP
      {"} \u17D6", "} \u17D6"},
  };
  for (const auto& c : cases) EXPECT_EQ(show_breaks(c.text), c.expected) << c.text;
}

TEST(LineBreak, WidthBreaksPickTheLastFittingOpportunity) {
  const std::string text = "aaa bbb ccc ddd";
  std::vector<char> breaks(text.size());
  const int end = width_line_breaks(text, 8, 0, nullptr, breaks.data());
  std::string shown;
  for (size_t i = 0; i < text.size(); ++i) shown += std::string(breaks[i] == kBreakPossible ? "|" : "") + text[i];
  EXPECT_EQ(shown, "aaa bbb |ccc ddd");
  EXPECT_EQ(end, 7);
}

}  // namespace
}  // namespace xloc
