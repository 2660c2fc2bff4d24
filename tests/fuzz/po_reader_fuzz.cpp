// Fuzz target: read_po on any bytes must return a Catalog or an Error, and
// whatever it accepts must survive write_po and read back equal (obsolete
// entries moved to the end).
#include <algorithm>
#include <string>

#include "catalog/po_reader.h"
#include "catalog/po_writer.h"
#include "fuzz_targets.h"

namespace xloc::fuzz {

int po_reader(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Result<Catalog> first = read_po(text, "fuzz.po");
  if (!first) {
    fuzz_assert(!first.error().code.empty() && !first.error().message.empty(), "an error without code or message");
    return 0;
  }
  const std::string written = write_po(*first);
  Result<Catalog> second = read_po(written, "fuzz.po");
  fuzz_assert(second.ok(), "write_po wrote a catalog read_po rejects");
  // The writer puts obsolete entries last, as gettext's writer does (so
  // msgcat and xloc write the same bytes); all else keeps its order.
  Catalog expected = std::move(*first);
  std::stable_partition(expected.messages.begin(), expected.messages.end(),
                        [](const Message& m) { return !m.obsolete; });
  fuzz_assert(*second == expected, "write_po then read_po changed the catalog");
  fuzz_assert(write_po(*second) == written, "write_po is not stable");
  return 0;
}

}  // namespace xloc::fuzz
