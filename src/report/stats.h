// Exports catalog statistics, the library side of `xloc stats` that
// `xloc release` reuses for its manifest: CatalogStats (translated, fuzzy,
// untranslated, obsolete counts, by messages and by source words),
// catalog_stats(), and WordCounter, which counts words with ICU's
// BreakIterator so that text without spaces (Japanese, Chinese) counts
// right. Markup tags are not words.
#pragma once

#include <unicode/brkiter.h>

#include <memory>
#include <string>
#include <string_view>

#include "catalog/catalog.h"


namespace xloc {

struct CatalogStats {
  std::string file;
  std::string language;  // the header's Language, may be empty
  size_t translated = 0, fuzzy = 0, untranslated = 0, obsolete = 0;  // live messages (obsolete apart)
  // Words of the source (msgid) of the live messages in each state.
  size_t translated_words = 0, fuzzy_words = 0, untranslated_words = 0;

  size_t messages() const { return translated + fuzzy + untranslated; }
  size_t words() const { return translated_words + fuzzy_words + untranslated_words; }
  // 0..100; 100 for an empty catalog (nothing is missing).
  double percent_translated() const;
  double percent_translated_words() const;

  friend bool operator==(const CatalogStats&, const CatalogStats&) = default;
};

// Counts words (letters, numbers, ideographs, kana) as ICU's word
// BreakIterator sees them. Not thread-safe: one per thread.
class WordCounter {
 public:
  WordCounter();
  ~WordCounter();
  WordCounter(const WordCounter&) = delete;
  WordCounter& operator=(const WordCounter&) = delete;

  size_t count(std::string_view text);

 private:
  std::unique_ptr<icu::BreakIterator> words_;
};

CatalogStats catalog_stats(const Catalog& catalog, WordCounter& counter);
CatalogStats catalog_stats(const Catalog& catalog);

}  // namespace xloc
