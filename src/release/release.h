// Exports run_release(): the whole pipeline over a gettext-style project
// (see project.h) — the library behind `xloc release`.
//
// It reads POTFILES.in and LINGUAS, extracts a fresh template with the ITS
// rules found beside each source and says whether the committed template is
// stale, then, per locale and in parallel: reads the catalog, measures its
// completion against the fresh template (an in-memory merge without fuzzy
// matching), runs every check, and, if it has no check errors and meets the
// threshold, exports an edition of every source. It writes, each file
// atomically, under options.out_dir:
//   editions/<locale>/<source file name>   for every shipped locale
//   editions/manifest.json                 (manifest.h)
//   report.html                            (html_report.h)
//   html/<locale>/<stem>.html              with options.html: each edition
//                                          rendered by its vocabulary's
//                                          stylesheet (render/html_edition.h)
//   review-<locale>.html                   with options.review: every locale
//                                          whose catalog reads, shipped or
//                                          not (review/review_page.h)
// Nothing in the project is modified. Editions of locales that are held
// back are removed, so out/ never holds an edition the manifest disowns.
// Outputs depend only on the inputs: no clock, no host names.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "base/error.h"
#include "base/file_system.h"
#include "release/release_result.h"

namespace xloc {

struct ReleaseOptions {
  std::string project_dir = ".";
  std::string out_dir = "out";
  double threshold = 80;  // percent of messages translated, as po4a's default
  unsigned jobs = 0;      // locales processed at once; 0 = one per core
  // Also render every shipped edition as HTML. An edition the stylesheets
  // cannot render still ships; its Edition::html_skipped says why.
  bool html = false;
  // Also write a bilingual review page per locale, linked from the report.
  bool review = false;
  // Called after each locale is done (from worker threads, one at a time).
  std::function<void(size_t done, size_t total, std::string_view locale)> progress;
};

// Errors (exit 2, nothing written): an unusable project (POTFILES.in,
// LINGUAS), an unreadable or malformed source or rules file, a symbolic link
// inside out_dir on the way to an output ("unsafe-path": `fs` is confined to
// out_dir from the start, FileSystem::confine_writes_to), or a failure to
// write an output. A catalog that cannot be read does not stop the release:
// its locale is held back with the reader's error as the reason.
Result<ReleaseOutcome> run_release(FileSystem& fs, const ReleaseOptions& options);

}  // namespace xloc
