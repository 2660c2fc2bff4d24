// Oracle: every malformed catalog xloc rejects (tests/unit/catalog/
// po_malformed_cases.h), GNU gettext's msgcat rejects too, so xloc's reader
// is never stricter than gettext's.
#include <gtest/gtest.h>

#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "unit/catalog/po_malformed_cases.h"

namespace xloc {
namespace {

TEST(CatalogMalformed, GettextRejectsEveryCaseXlocRejects) {
  if (!test::have_program("msgcat")) GTEST_SKIP() << "msgcat (GNU gettext) is not installed";
  test::TempDir dir;
  for (const auto& c : test::malformed_po_cases()) {
    const std::string path = dir / "bad.po";
    test::write_file(path, c.input);
    const test::ProcessResult r = test::run({"msgcat", "-o", dir / "out.po", path});
    EXPECT_NE(r.exit_code, 0) << c.name << ": msgcat accepted it";
  }
}

}  // namespace
}  // namespace xloc
