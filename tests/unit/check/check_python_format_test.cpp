// Tests of the "python-format" check (src/check/check_format.cpp, src/check/format_python.cpp).
#include "unit/check/check_table.h"

namespace xloc::test {
namespace {

const std::vector<std::string> kPy = {"python-format"};

TEST(CheckPythonFormat, Table) {
  expect_table("python-format", {
      {"fr", {"%(count)d files in %(dir)s", "%(dir)s contient %(count)d fichiers", kPy}, {}},
      {"fr", {"%s of %d", "%s sur %d", kPy}, {}},
      {"fr", {"%(count)d files", "%(nombre)d fichiers", kPy}, {"'%(nombre)d' in the translation has no argument 'nombre' in the source"}},
      {"fr", {"%(count)d files", "fichiers", kPy}, {"argument 'count' ('%(count)d') of the source is missing from the translation"}},
      {"fr", {"%(count)d files", "%(count)s fichiers", kPy}, {"argument 'count' is '%(count)d' (integer) in the source but '%(count)s' (any) in the translation"}},
      {"fr", {"%(a)s", "%s", kPy}, {"the source uses named arguments but the translation does not"}},
      {"fr", {"%s", "%(", kPy}, {"invalid format directive '%(': unterminated '(' in the translation"}},
  });
}

}  // namespace
}  // namespace xloc::test
