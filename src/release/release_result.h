// Exports the outcome of `xloc release` as plain values: per locale, whether
// it shipped and why not, how complete it is, what the checks found, and the
// files written. The manifest (JSON), the HTML report and the CLI summary
// are all renderings of this one model.
#pragma once

#include <string>
#include <vector>

#include "check/diagnostic.h"
#include "report/stats.h"

namespace xloc {

struct Edition {
  std::string source;         // relative to the project root
  std::string path;           // relative to the output folder
  std::string sha256;         // of the written bytes
  size_t units = 0;
  size_t fallback_units = 0;  // units left in the source language
  // With --html: the HTML edition, relative to the output folder
  // ("html/de/knee-health.html"), and the hash of its bytes; both empty when
  // it was not made, and then html_skipped says why (for a warning).
  std::string html_path;
  std::string html_sha256;
  std::string html_skipped;
};

struct LocaleOutcome {
  std::string locale;
  std::string catalog;        // relative to the project root
  bool shipped = false;
  std::vector<std::string> reasons;  // why it was held back; empty if shipped
  // Completion against the fresh template (the catalog merged in memory).
  CatalogStats completion;
  size_t errors = 0;
  size_t warnings = 0;
  std::vector<Diagnostic> findings;  // errors and warnings, not info
  std::vector<Edition> editions;
  // With --review: the locale's review page (review/review_page.h),
  // relative to the output folder ("review-de.html"); empty if none.
  std::string review_path;
};

struct ReleaseOutcome {
  std::string domain;
  std::string template_path;
  bool template_stale = false;  // the committed .pot differs from a fresh extraction
  std::string template_note;    // what differs, for humans
  double threshold = 80;
  std::string generated_from;   // the newest PO-Revision-Date, not the clock
  std::vector<LocaleOutcome> locales;

  size_t shipped_count() const;
};

}  // namespace xloc
