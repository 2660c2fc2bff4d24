#include "base/utf8.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("plain ASCII"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("Knorpel – 軟骨 – غضروف – 🦵"), std::nullopt);
}

struct BadCase {
  const char* name;
  std::string text;
  size_t offset;
};

TEST(Utf8, FindsTheFirstBadByte) {
  const BadCase cases[] = {
      {"lone continuation", "ab\x80", 2},
      {"truncated 2-byte", "x\xC3", 1},
      {"overlong slash", "\xC0\xAF", 0},
      {"overlong 3-byte", "\xE0\x80\xAF", 0},
      {"surrogate", "ok \xED\xA0\x80", 3},
      {"above U+10FFFF", "\xF4\x90\x80\x80", 0},
      {"invalid lead F5", "\xF5\x80\x80\x80", 0},
      {"latin-1 e-acute", "caf\xE9", 3},
  };
  for (const auto& c : cases) EXPECT_EQ(find_invalid_utf8(c.text), c.offset) << c.name;
}

TEST(Utf8, DecodesCodePoints) {
  const std::string text = "a\xC3\xA9\xE8\xBB\x9F\xF0\x9F\xA6\xB5\xFF";
  size_t pos = 0;
  EXPECT_EQ(next_code_point(text, pos), U'a');
  EXPECT_EQ(next_code_point(text, pos), U'é');
  EXPECT_EQ(next_code_point(text, pos), U'軟');
  EXPECT_EQ(next_code_point(text, pos), U'🦵');
  EXPECT_EQ(next_code_point(text, pos), U'\uFFFD');
  EXPECT_EQ(pos, text.size());
}

}  // namespace
}  // namespace xloc

namespace xloc {
namespace {

TEST(Utf8, AppendEncodesWhatNextCodePointDecodes) {
  std::string text;
  for (char32_t c : {U'a', U'é', U'軟', U'🦵', U'\u0800', U'\U0010FFFF'}) append_utf8(text, c);
  EXPECT_EQ(text, "a\xC3\xA9\xE8\xBB\x9F\xF0\x9F\xA6\xB5\xE0\xA0\x80\xF4\x8F\xBF\xBF");
  EXPECT_EQ(find_invalid_utf8(text), std::nullopt);
  size_t pos = 0;
  EXPECT_EQ(next_code_point(text, pos), U'a');
}

}  // namespace
}  // namespace xloc
