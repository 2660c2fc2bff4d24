#include "catalog/format_directives.h"

#include <gtest/gtest.h>

#include <string>

namespace xloc {
namespace {

std::string spans(std::string_view text) {
  std::string out;
  for (const DirectiveSpan& d : c_format_directives(text)) out += "[" + std::string(text.substr(d.begin, d.end - d.begin)) + "]";
  return out;
}

TEST(FormatDirectives, FindsCDirectives) {
  EXPECT_EQ(spans("no directives"), "");
  EXPECT_EQ(spans("Show the top %3d%% of %s"), "[%3d][%%][%s]");
  EXPECT_EQ(spans("%1$s %2$*3$.*4$lld %-+ #0'10.5Lf %<PRId64> %hhx %zu %m"),
            "[%1$s][%2$*3$.*4$lld][%-+ #0'10.5Lf][%<PRId64>][%hhx][%zu][%m]");
  EXPECT_EQ(spans("%d then %y is bad %s"), "[%d]");  // stops at the first malformed one
  EXPECT_EQ(spans("trailing %"), "");
}

}  // namespace
}  // namespace xloc
