// Colour follows --color=auto|always|never; auto colours only a terminal,
// and never when NO_COLOR is set (no-color.org) or TERM is "dumb".
#include <gtest/gtest.h>

#include <string>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

bool coloured(const std::string& text) { return text.find("\x1b[") != std::string::npos; }

TEST(Colour, FollowsTheColorOptionAndNoColor) {
  test::TempDir dir;
  test::write_file(dir / "de.po",
                   "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                   "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n"
                   "#, c-format\nmsgid \"%s files\"\nmsgstr \"%d Dateien\"\n");
  const std::string po = dir / "de.po";
  auto always = test::run_xloc({"check", "--color=always", po});
  EXPECT_EQ(always.exit_code, 1);
  EXPECT_TRUE(coloured(always.out)) << always.out;
  EXPECT_FALSE(coloured(test::run_xloc({"check", po}).out));  // a pipe: auto is off
  EXPECT_FALSE(coloured(test::run_xloc({"check", "--color", "never", po}).out));
  auto explicit_wins = test::run({test::xloc_binary(), "check", "--color=always", po}, "", "", {"NO_COLOR=1"});
  EXPECT_TRUE(coloured(explicit_wins.out));
}

}  // namespace
}  // namespace xloc
