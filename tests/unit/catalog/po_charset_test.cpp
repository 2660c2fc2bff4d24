#include "catalog/po_charset.h"

#include <gtest/gtest.h>

#include <random>

#include "base/utf8.h"

namespace xloc {
namespace {

TEST(PoCharset, FastUtf8CheckAgreesWithTheReference) {
  const std::string cases[] = {
      "", "plain ASCII, longer than eight bytes", "Knorpel – 軟骨 – غضروف – 🦵 – முழங்கால்",
      "ab\x80", "x\xC3", "\xC0\xAF", "\xE0\x80\xAF", "ok \xED\xA0\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
      "caf\xE9", "12345678\xE0\xAE\xAE\xE0\xAE", "\xF0\x9F\xA6", "\xEF\xBF\xBF\xF4\x8F\xBF\xBF",
  };
  for (const auto& text : cases) EXPECT_EQ(find_invalid_utf8_fast(text), find_invalid_utf8(text)) << text;
  std::mt19937 rng(7);
  const unsigned char bytes[] = {'a', ' ', 0x80, 0x9F, 0xA0, 0xBF, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  for (int i = 0; i < 20000; ++i) {
    std::string text(1 + rng() % 24, 'x');
    for (char& c : text) c = static_cast<char>(bytes[rng() % sizeof bytes]);
    ASSERT_EQ(find_invalid_utf8_fast(text), find_invalid_utf8(text));
  }
}

TEST(PoCharset, KnowsWhichCharsetsNeedNoConversion) {
  for (const char* cs : {"UTF-8", "utf-8", "utf8", "CHARSET", "ASCII", "US-ASCII"}) EXPECT_TRUE(is_utf8_compatible_charset(cs)) << cs;
  for (const char* cs : {"ISO-8859-1", "KOI8-R", "EUC-JP", "UTF-16"}) EXPECT_FALSE(is_utf8_compatible_charset(cs)) << cs;
}

TEST(PoCharset, LocatesOffsets) {
  EXPECT_EQ(location_of_offset("ab\ncd\nef", 4, "f.po").to_string(), "f.po:2:2");
  EXPECT_EQ(location_of_offset("ab", 0, "f.po").to_string(), "f.po:1:1");
}

}  // namespace
}  // namespace xloc
