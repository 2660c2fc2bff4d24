// Tests of the "icu-plural-categories" check
// (src/check/check_icu_plural_categories.cpp).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

const std::vector<std::string> kIcu = {"icu-format"};
const std::string kSource = "{n, plural, one {# file} other {# files}}";

TEST(CheckIcuPluralCategories, Table) {
  expect_table("icu-plural-categories", {
      {"ru", {kSource, "{n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}", kIcu}, {}},
      {"ja", {kSource, "{n, plural, other {# ファイル}}", kIcu}, {}},
      {"en", {kSource, "{n, plural, =1 {a file} other {# files}}", kIcu}, {}},
      {"ru", {kSource, "{n, plural, one {# файл} other {# файла}}", kIcu},
       {"argument 'n' lacks the plural category 'few' that ru needs (one, few, many, other)"}},
      {"ja", {kSource, "{n, plural, one {# ファイル} other {# ファイル}}", kIcu},
       {"plural category 'one' of argument 'n' does not exist in ja (other)"}},
      {"fr", {kSource, "{n, plural, one {# fichier} many {# fichiers}}", kIcu},
       {"a plural or select argument of the translation has no 'other' arm"}},
      {"fr", {"{g, select, female {elle} other {il}}", "{g, select, female {elle}}", kIcu},
       {"a plural or select argument of the translation has no 'other' arm"}},
      {"fr", {kSource, "{count, plural, one {# fichier} many {# fichiers} other {# fichiers}}", kIcu},
       {"argument 'n' of the source is missing from the translation"}},
      {"fr", {"{a} and {b}", "{a} et {b} et {c}", kIcu}, {"argument 'c' of the translation is not in the source"}},
      {"ar", {"{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", "{n, selectordinal, other {#}}", kIcu}, {}},
  });
}

}  // namespace
}  // namespace xloc::test
