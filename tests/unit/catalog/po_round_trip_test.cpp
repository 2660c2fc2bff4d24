// Property: whatever the reader accepts, the writer writes so that reading
// it again gives the same messages. Inputs are a hand-made catalog with
// every feature, mutated at random (deterministically) a few thousand
// times; mutants the reader rejects must be rejected cleanly.
#include <gtest/gtest.h>

#include <random>

#include "base/utf8.h"
#include "catalog/po_reader.h"
#include "catalog/po_writer.h"
#include "support/paths.h"

namespace xloc {
namespace {

bool all_strings_valid_utf8(const Catalog& c) {
  const auto ok = [](const std::string& s) { return !find_invalid_utf8(s); };
  for (const Message& m : c.messages) {
    if (!ok(m.msgid) || (m.msgctxt && !ok(*m.msgctxt)) || (m.msgid_plural && !ok(*m.msgid_plural))) return false;
    for (const auto& s : m.msgstr)
      if (!ok(s)) return false;
  }
  return true;
}

TEST(PoRoundTrip, WhatIsReadIsWrittenSoItReadsTheSame) {
  const std::string seed_text = test::read_file(test::tests_dir() + "/data/catalog/edge_cases.po");
  ASSERT_FALSE(seed_text.empty());
  std::mt19937 rng(20261125);
  const std::string interesting = "\"\\\n#~|., :[]0n tx\xC3\xA9\r";
  int accepted = 0;
  for (int iteration = 0; iteration < 3000; ++iteration) {
    std::string text = seed_text;
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      const size_t at = rng() % text.size();
      switch (rng() % 3) {
        case 0: text.erase(at, 1 + rng() % 3); break;
        case 1: text.insert(at, 1, interesting[rng() % interesting.size()]); break;
        default: {  // duplicate a line
          const size_t start = text.rfind('\n', at);
          const size_t end = text.find('\n', at);
          const size_t from = start == std::string::npos ? 0 : start + 1;
          const std::string line = text.substr(from, end == std::string::npos ? std::string::npos : end - from + 1);
          text.insert(from, line);
        }
      }
    }
    Result<Catalog> first = read_po(text, "mutant.po");
    if (!first) {
      EXPECT_FALSE(first.error().message.empty());
      EXPECT_GT(first.error().where.line, 0) << first.error().to_string();
      continue;
    }
    if (!all_strings_valid_utf8(*first)) continue;  // "\xE9" escapes make raw bytes
    ++accepted;
    for (const bool wrap : {true, false}) {
      PoWriteOptions options;
      options.wrap = wrap;
      const std::string written = write_po(*first, options);
      Result<Catalog> second = read_po(written, "written.po");
      ASSERT_TRUE(second.ok()) << second.error().to_string() << "\n" << written;
      // Obsolete entries move to the end; compare live and obsolete apart.
      std::vector<Message> a, b;
      for (bool obsolete : {false, true}) {
        for (const Message& m : first->messages)
          if (m.obsolete == obsolete) a.push_back(m);
        for (const Message& m : second->messages)
          if (m.obsolete == obsolete) b.push_back(m);
      }
      ASSERT_EQ(a, b) << "iteration " << iteration << "\n" << text;
      EXPECT_EQ(write_po(*second, options), written);
    }
  }
  EXPECT_GT(accepted, 300);
}

}  // namespace
}  // namespace xloc
