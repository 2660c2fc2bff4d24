// Fuzz target: every registered check (ICU-backed ones included) on any
// catalog read_po accepts; diagnostics carry a check id and a message.
#include "catalog/po_reader.h"
#include "check/check_catalog.h"
#include "fuzz_targets.h"

namespace xloc::fuzz {

int check_catalog(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Result<Catalog> catalog = read_po(text, "fuzz.po");
  if (!catalog) return 0;
  CheckOptions options;
  options.jobs = 1;
  for (const Diagnostic& d : xloc::check_catalog(*catalog, options))
    fuzz_assert(!d.check.empty() && !d.message.empty(), "a diagnostic without check id or message");
  return 0;
}

}  // namespace xloc::fuzz
