// Replays every saved fuzz input through its target in the normal test
// suite: tests/fuzz/regressions/<target>/* (inputs that once crashed or
// broke an invariant) and the small seed corpora tests/fuzz/seeds/<target>/*.
// A regression aborts the test binary with the target's message.
#include <gtest/gtest.h>

#include <filesystem>

#include "fuzz_targets.h"
#include "support/paths.h"

namespace xloc::fuzz {
namespace {

namespace fs = std::filesystem;

size_t replay(const NamedTarget& target, const std::string& folder) {
  const fs::path dir = fs::path(test::tests_dir()) / "fuzz" / folder / target.name;
  if (!fs::is_directory(dir)) return 0;
  size_t n = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    SCOPED_TRACE(entry.path().string());
    const std::string data = test::read_file(entry.path().string());
    target.run(reinterpret_cast<const uint8_t*>(data.data()), data.size());
    ++n;
  }
  return n;
}

TEST(FuzzReplay, EverySavedRegressionInputPasses) {
  size_t n = 0;
  for (const NamedTarget& t : targets()) n += replay(t, "regressions");
  EXPECT_GT(n, 0u);
}

TEST(FuzzReplay, EverySeedInputPasses) {
  for (const NamedTarget& t : targets()) {
    SCOPED_TRACE(std::string(t.name));
    EXPECT_GT(replay(t, "seeds"), 0u) << "no seeds for " << t.name;
  }
}

}  // namespace
}  // namespace xloc::fuzz
