// Exports the fuzz targets: one function per input parser, each taking
// arbitrary bytes and aborting (through fuzz_assert) if an invariant fails.
// libFuzzer binaries wrap one each (fuzz_main.cpp); the normal test suite
// replays every saved input through them (replay_test.cpp), so a crash
// found once stays fixed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace xloc::fuzz {

using Target = int (*)(const uint8_t* data, size_t size);

struct NamedTarget {
  std::string_view name;  // also the folder of its corpus and regressions
  Target run;
};

int po_reader(const uint8_t* data, size_t size);      // read_po, write_po∘read_po round trip
int plural_forms(const uint8_t* data, size_t size);   // Plural-Forms parse and evaluate
int its_walk(const uint8_t* data, size_t size);       // walk_units + extract on any XML
int markup_compare(const uint8_t* data, size_t size); // source/translation markup comparison
int check_catalog(const uint8_t* data, size_t size);  // every check on any readable catalog
int xml_read(const uint8_t* data, size_t size);       // decode, well-formedness gate, entities, fragments

std::span<const NamedTarget> targets();

// Aborts with `what` on stderr when `ok` is false (a finding).
void fuzz_assert(bool ok, const char* what);

}  // namespace xloc::fuzz
