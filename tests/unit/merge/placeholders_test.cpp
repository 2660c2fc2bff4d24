// Tests placeholders() and can_satisfy().
#include "merge/placeholders.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : " ") + s;
  return out;
}

TEST(Placeholders, RecognisesEachKind) {
  struct Case {
    const char* text;
    bool printf;
    const char* expected;
  };
  const Case cases[] = {
      {"Copy %s to %d places, 100%%", true, "%d %s"},
      {"Copy %1$s to %2$d places", true, "%d %s"},
      {"50% of the disk", false, ""},
      {"Hello {name}, you have {0} new {} mails", false, "{0} {name}"},
      {"See <_:link-1/> and <_:footnote-2/>", false, "<_:footnote-2> <_:link-1>"},
      {"Press <key>Ctrl</key> and <link href=\"x\">this</link>", false, "</key> </link> <key> <link>"},
      {"a < b and c > d", false, ""},
  };
  for (const Case& c : cases) EXPECT_EQ(joined(placeholders(c.text, c.printf)), c.expected) << c.text;
}

TEST(CanSatisfy, NeedsEveryPlaceholderOfTheTranslationInTheSource) {
  EXPECT_TRUE(can_satisfy("Open <gui>Files</gui>", "Öffnen Sie <gui>Dateien</gui>"));
  EXPECT_TRUE(can_satisfy("Open <gui>Files</gui> now", "Öffnen"));  // the translator adds what is missing
  EXPECT_FALSE(can_satisfy("Open Files", "Öffnen Sie <gui>Dateien</gui>"));
  EXPECT_FALSE(can_satisfy("See <_:link-1/>", "Siehe <_:link-2/>"));
  EXPECT_FALSE(can_satisfy("Copy %d files", "%s Dateien kopieren", true));
  EXPECT_TRUE(can_satisfy("Copy %s files", "%1$s Dateien kopieren", true));
}

}  // namespace
}  // namespace xloc
