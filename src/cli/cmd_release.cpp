// xloc release: every locale of a project, checked and exported; see
// src/release/release.h. This file parses options and prints the summary.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <ostream>

#include "base/counted.h"
#include "cli/commands.h"
#include "release/percent.h"
#include "release/release.h"

namespace xloc {
namespace {

std::string pad(std::string text, size_t width) {
  if (text.size() < width) text.resize(width, ' ');
  return text;
}

// One line per locale, its columns as wide as the longest locale id; the
// editions' paths only with --verbose (they are in the manifest), and with
// --quiet only what was held back.
void print_summary(std::ostream& out, const ReleaseOutcome& outcome, const ReleaseOptions& options,
                   const CommandContext& ctx) {
  const size_t shipped = outcome.shipped_count();
  if (!ctx.quiet() || shipped != outcome.locales.size())
    out << outcome.domain << ": " << shipped << " of " << counted(outcome.locales.size(), "locale") << " shipped, "
        << outcome.locales.size() - shipped << " held back (threshold " << outcome.threshold << "%)\n";
  if (outcome.template_stale)
    out << "warning: " << outcome.template_path << " is stale. " << outcome.template_note
        << " Run 'xloc extract' and 'xloc update'.\n";
  size_t width = 5;
  for (const LocaleOutcome& l : outcome.locales) width = std::max(width, l.locale.size());
  for (const LocaleOutcome& l : outcome.locales) {
    if (ctx.quiet() && l.shipped) continue;
    out << "  " << pad(l.locale, width + 2) << pad(l.shipped ? "shipped" : "held back", 10)
        << percent_text(l.completion.percent_translated(), 5) << "  " << counted(l.errors, "error") << ", "
        << counted(l.warnings, "warning");
    if (l.shipped) out << ", " << counted(l.editions.size(), "edition");
    out << "\n";
    for (const Edition& e : l.editions)
      if (!e.html_skipped.empty())
        out << "warning: HTML of " << options.out_dir << "/editions/" << e.path << " skipped: " << e.html_skipped
            << "\n";
    for (const std::string& reason : l.reasons) out << std::string(width + 4, ' ') << "- " << reason << "\n";
    if (ctx.verbose() && l.shipped)
      for (const Edition& e : l.editions) out << std::string(width + 4, ' ') << options.out_dir << "/editions/" << e.path << "\n";
  }
  if (ctx.quiet()) return;
  out << "Manifest: " << options.out_dir << "/editions/manifest.json\n"
      << "Report:   " << options.out_dir << "/report.html\n";
  if (options.review) out << "Review:   " << options.out_dir << "/review-<locale>.html\n";
}

}  // namespace

int run_release(const std::vector<std::string>& args, CommandContext& ctx) {
  CLI::App app{"Extract, check and export every locale listed in po/LINGUAS.", "xloc release"};
  ReleaseOptions options;
  app.add_option("--project", options.project_dir, "project folder (holds po/POTFILES.in, po/LINGUAS)")
      ->capture_default_str();
  app.add_option("-o,--output,--out", options.out_dir, "output folder")->capture_default_str();
  app.add_option("--threshold", options.threshold, "minimum percent of messages translated to ship")
      ->check(CLI::Range(0.0, 100.0))
      ->capture_default_str();
  app.add_flag("--html", options.html,
               "also render each edition as HTML with its vocabulary's stylesheets (DocBook XSL, yelp-xsl)");
  app.add_flag("--review", options.review, "also write a bilingual review page per locale (review-<locale>.html)");
  app.add_option("-j,--jobs", options.jobs, "threads to use: locales at once (0: one per core)")->capture_default_str();
  if (auto code = parse_arguments(app, args, ctx)) return *code;
  if (options.out_dir == "-") {
    ctx.err << "xloc release: error: the output is a folder of editions, not a stream: give -o DIR\n";
    return exit_code::kBadInput;
  }

  if (ctx.show_progress()) {
    options.progress = [&ctx](size_t done, size_t total, std::string_view locale) {
      ctx.err << "\r\033[K[" << done << "/" << total << "] " << locale << std::flush;
    };
  }
  FileSystem& fs = ctx.fs;
  auto outcome = run_release(fs, options);
  if (ctx.show_progress()) ctx.err << "\r\033[K" << std::flush;
  if (!outcome) {
    ctx.err << outcome.error().to_string() << "\n";
    return exit_code::kBadInput;
  }
  print_summary(ctx.out, *outcome, options, ctx);
  const bool all_good = outcome->shipped_count() == outcome->locales.size() && !outcome->template_stale;
  return all_good ? exit_code::kSuccess : exit_code::kProblemsFound;
}

}  // namespace xloc
