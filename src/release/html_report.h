// Exports render_html_report(): out/report.html, one self-contained page
// (inline CSS, no scripts, no external resources) a release manager reads
// instead of the manifest: a completion bar per locale, held-back locales
// highlighted with their reasons, findings grouped by locale and check id,
// each linked to its catalog line.
#pragma once

#include <string>

#include "release/release_result.h"

namespace xloc {

struct HtmlReportOptions {
  // Prepended to catalog paths (relative to the project root) in links, so
  // they resolve from the report's folder; e.g. "../" for out/ in the root.
  std::string project_href = "../";
  // Prepended to edition paths (relative to the editions folder).
  std::string editions_href = "editions/";
  // Prepended to paths relative to the output folder (HTML editions).
  std::string out_href = "";
  // Findings shown per locale and check id before "… and N more".
  size_t max_findings_per_check = 50;
};

std::string render_html_report(const ReleaseOutcome& outcome, const HtmlReportOptions& options = {});

}  // namespace xloc
