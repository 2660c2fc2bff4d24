// Exports render_review_page(): one self-contained HTML page on which a
// reviewer who never opens a PO file (a medical reviewer checking the
// German text) reads a catalog against its sources: every unit of every
// source, in document order, with its translation beside it, both rendered
// (inline markup as formatting, inline_markup_html.h), and per unit:
//   - its status: translated; fuzzy, with a word diff of the previous msgid
//     against the current one; untranslated; not in the catalog; or
//     translated but falling back to the source in the edition, and why
//     (export's reason, e.g. broken markup);
//   - the `check` findings on its message, with their check ids;
//   - the translator notes ("#." comments).
// At the top: counts and filters (all, only fuzzy, only with findings, only
// not shipping as translated) that work without scripts (CSS :has), by
// keyboard (radio buttons). Each column carries lang and dir, so an Arabic
// translation beside English reads right to left. No network references.
// `xloc review` and `xloc release --review` render it.
#pragma once

#include <string>
#include <vector>

#include "base/error.h"
#include "base/file_system.h"
#include "catalog/catalog.h"
#include "its/rules.h"

namespace xloc {

struct ReviewSource {
  std::string path;  // as shown and used in messages
  std::string text;  // the source XML
  std::vector<its::RuleSet> rules;
};

struct ReviewOptions {
  std::string catalog_path;         // shown in the title; findings are matched to it
  std::string language;             // the target locale; empty: the catalog's Language header
  std::string source_language = "en";
};

// Errors: a source the unit walk rejects (malformed XML, bad rules), or no
// target language (neither options.language nor a Language header).
Result<std::string> render_review_page(FileSystem& fs, const Catalog& catalog,
                                       const std::vector<ReviewSource>& sources, const ReviewOptions& options);

}  // namespace xloc
