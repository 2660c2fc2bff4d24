// Tests of the "icu-syntax" check (src/check/check_icu_syntax.cpp) and of
// src/check/icu_message.cpp.
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

const std::vector<std::string> kIcu = {"icu-format"};

TEST(CheckIcuSyntax, Table) {
  expect_table("icu-syntax", {
      {"ru", {"{n, plural, one {# file} other {# files}}",
              "{n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}", kIcu}, {}},
      {"fr", {"Hello {name}", "Bonjour {name}", kIcu}, {}},
      {"fr", {"Hello {name}", "Bonjour {name", kIcu},
       {"invalid ICU MessageFormat at offset 0: U_UNMATCHED_BRACES near '' ^ 'Bonjour {name' in the translation"}},
      {"fr", {"{n, plural, one {# file} other {# files}}", "{n, plural, one {# fichier} other {# fichiers}", kIcu},
       {"invalid ICU MessageFormat at offset 11: U_PATTERN_SYNTAX_ERROR near '{n, plural,' ^ ' one {# fichier' in the translation"}},
      {"fr", {"{n, number} files", "{n, date} fichiers", kIcu}, {}},
      {"fr", {"Hello {name}", "Bonjour {name}"}, {}},  // not flagged
  });
}

}  // namespace
}  // namespace xloc::test
