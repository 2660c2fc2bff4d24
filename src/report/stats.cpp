#include "report/stats.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "check/text_scan.h"

namespace xloc {

double CatalogStats::percent_translated() const {
  return messages() ? 100.0 * static_cast<double>(translated) / static_cast<double>(messages()) : 100.0;
}

double CatalogStats::percent_translated_words() const {
  return words() ? 100.0 * static_cast<double>(translated_words) / static_cast<double>(words()) : 100.0;
}

WordCounter::WordCounter() {
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) words_.reset();
}

WordCounter::~WordCounter() = default;

size_t WordCounter::count(std::string_view text) {
  if (!words_ || text.empty()) return 0;
  const std::string plain = has_markup(text) ? strip_markup(text) : std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, plain.data(), static_cast<int64_t>(plain.size()), &status);
  if (U_FAILURE(status)) return 0;
  words_->setText(ut, status);
  size_t n = 0;
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; end = words_->next())
    if (words_->getRuleStatus() != UBRK_WORD_NONE) ++n;
  utext_close(ut);
  return n;
}

CatalogStats catalog_stats(const Catalog& catalog, WordCounter& counter) {
  CatalogStats s;
  s.file = catalog.path;
  s.language = catalog.header().language().value_or("");
  for (const Message& m : catalog.messages) {
    if (m.is_header()) continue;
    if (m.obsolete) {
      ++s.obsolete;
      continue;
    }
    const size_t words = counter.count(m.msgid);
    if (m.is_fuzzy()) {
      ++s.fuzzy;
      s.fuzzy_words += words;
    } else if (m.is_translated()) {
      ++s.translated;
      s.translated_words += words;
    } else {
      ++s.untranslated;
      s.untranslated_words += words;
    }
  }
  return s;
}

CatalogStats catalog_stats(const Catalog& catalog) {
  WordCounter counter;
  return catalog_stats(catalog, counter);
}

}  // namespace xloc
