// Property: on every catalog xloc accepts, read -> write -> read is the
// identity, and write is a fixed point (writing what was read gives the
// same bytes), over random catalogs with contexts, plurals, escapes, CJK,
// long lines, comments, previous strings and obsolete entries, at the
// default width, unwrapped and a narrow page.
#include <gtest/gtest.h>

#include <algorithm>

#include "catalog/po_reader.h"
#include "catalog/po_writer.h"
#include "property/random_catalog.h"

namespace xloc {
namespace {

TEST(CatalogRoundTripProperty, ReadWriteReadIsTheIdentity) {
  const PoWriteOptions widths[] = {{}, {0, true}, {30, true}, {79, false}};
  for (uint64_t seed = 1; seed <= 60; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    test::RandomText r(seed);
    const Catalog generated = test::random_catalog(r, {.messages = 25, .nplurals = 1 + static_cast<unsigned>(seed % 4), .is_template = false});
    const PoWriteOptions& options = widths[seed % 4];
    const std::string text = write_po(generated, options);
    Result<Catalog> first = read_po(text, "random.po");
    ASSERT_TRUE(first.ok()) << first.error().to_string() << "\n" << text;
    for (size_t i = 0; i < std::min(first->messages.size(), generated.messages.size()); ++i) {
      if (first->messages[i] == generated.messages[i]) continue;
      Catalog a, b;
      a.messages = {generated.messages[i]};
      b.messages = {first->messages[i]};
      ADD_FAILURE() << "message " << i << " changed:\n" << write_po(a, options) << "read back as\n" << write_po(b, options);
      break;
    }
    EXPECT_EQ(first->messages.size(), generated.messages.size());
    const std::string again = write_po(*first, options);
    EXPECT_EQ(again, text);
    Result<Catalog> second = read_po(again, "random.po");
    ASSERT_TRUE(second.ok()) << second.error().to_string();
    EXPECT_TRUE(*second == *first);
  }
}

}  // namespace
}  // namespace xloc
