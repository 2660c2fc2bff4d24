// Tests of the "whitespace" check (src/check/check_whitespace.cpp).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

TEST(CheckWhitespace, Table) {
  expect_table("whitespace", {
      {"de", {"File", "Datei"}, {}},
      {"de", {"Name: ", "Name: "}, {}},
      {"de", {"\nFile\n", "\nDatei\n"}, {}},
      {"de", {"\nFile", "Datei"}, {"the source starts with '\\n' but the translation with nothing"}},
      {"de", {"File\n", "Datei"}, {"the source ends with '\\n' but the translation with nothing"}},
      {"de", {"Name:", "Name: "}, {"the source ends with nothing but the translation with ' '"}},
      {"de", {"File", " Datei"}, {"the source starts with nothing but the translation with ' '"}},
  });
}

}  // namespace
}  // namespace xloc::test
