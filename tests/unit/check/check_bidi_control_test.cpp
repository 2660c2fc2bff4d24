// Tests of the "bidi-control" check (src/check/check_bidi_control.cpp).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

TEST(CheckBidiControl, Table) {
  expect_table("bidi-control", {
      {"ar", {"Open file", "افتح الملف"}, {}},
      {"ar", {"Open %s", "افتح \u2067%s\u2069"}, {}},                       // isolate, balanced
      {"ar", {"Open %s", "افتح \u202B%s\u202C"}, {}},                       // embedding, balanced
      {"ar", {"Open", "\u200Fافتح"}, {}},                                   // RLM is harmless
      {"ar", {"Open %s", "افتح \u2067%s"},
       {"U+2067 RIGHT-TO-LEFT ISOLATE in the translation is never closed by U+2069 POP DIRECTIONAL ISOLATE"}},
      {"ar", {"Open %s", "افتح \u202B%s"},
       {"U+202B RIGHT-TO-LEFT EMBEDDING in the translation is never closed by U+202C POP DIRECTIONAL FORMATTING"}},
      {"ar", {"Open", "افتح\u202C"}, {"U+202C POP DIRECTIONAL FORMATTING in the translation closes no embedding"}},
      {"ar", {"Open", "افتح\u2069"}, {"U+2069 POP DIRECTIONAL ISOLATE in the translation closes no isolate"}},
      {"en", {"access level", "access \u202Elevel\u202C"},
       {"bidi override U+202E RIGHT-TO-LEFT OVERRIDE in the translation reorders the text as displayed (Trojan Source)"}},
  });
}

}  // namespace
}  // namespace xloc::test
