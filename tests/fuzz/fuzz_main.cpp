// The libFuzzer entry point of one target, chosen at build time with
// -DXLOC_FUZZ_TARGET=<function in fuzz_targets.h>.
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return xloc::fuzz::XLOC_FUZZ_TARGET(data, size);
}
