// Exports the generators the property tests share: random strings that
// exercise the PO format (escapes, CJK, long lines, tabs, quotes) and
// random catalogs (contexts, plurals, comments, flags, previous strings,
// obsolete entries), all from an explicit seed so every failure replays.
#pragma once

#include <cstdint>
#include <random>
#include <string>

#include "catalog/catalog.h"

namespace xloc::test {

class RandomText {
 public:
  explicit RandomText(uint64_t seed) : rng_(seed) {}

  size_t below(size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }
  bool chance(int percent) { return static_cast<int>(below(100)) < percent; }

  // A word: ASCII, Latin-1, Cyrillic, CJK or Arabic letters.
  std::string word();
  // A non-empty message text: words, punctuation, escapes ("\n" inside or at
  // the end, '\t', '"', '\\'), sometimes long enough to wrap many times.
  std::string text();
  // A comment line: printable, no newline.
  std::string comment();

  std::mt19937_64& engine() { return rng_; }

 private:
  std::mt19937_64 rng_;
};

struct CatalogShape {
  size_t messages = 30;
  unsigned nplurals = 2;   // msgstr count of plural messages
  bool is_template = false;  // no translations at all
};

// A catalog with a header (Plural-Forms for `shape.nplurals`) and
// `shape.messages` entries with distinct keys; about a tenth obsolete,
// placed after the live ones.
Catalog random_catalog(RandomText& r, const CatalogShape& shape);

}  // namespace xloc::test
