#include "release/html_report.h"

#include "base/html_escape.h"
#include "release/percent.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cmath>
#include <cstdio>
#include <map>

namespace xloc {
namespace {

std::string escape(const std::string& text) { return escape_html(text); }

// "German (Brazil)" etc., in English, from CLDR through ICU.
std::string display_name(const std::string& locale) {
  icu::UnicodeString name;
  icu::Locale(locale.c_str()).getDisplayName(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  return out.empty() ? locale : out;
}

// "52.3" for attributes (aria-valuenow, CSS widths).
std::string number_text(double percent) {
  std::string text = percent_text(percent);
  text.pop_back();
  return text;
}

constexpr const char* kStyle = R"(
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem}
.summary{color:#57606a;margin-top:0}
.stale{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem .75rem;border-radius:6px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid #d0d7de;vertical-align:top}
th{font-weight:600;color:#57606a;font-size:.85rem;text-transform:uppercase;letter-spacing:.03em}
tr.held-back{background:#ffebe9}
.status{display:inline-block;font-size:.8rem;font-weight:600;padding:.1rem .5rem;border-radius:1rem}
.status.shipped{background:#dafbe1;color:#116329}.status.held-back{background:#cf222e;color:#fff}
.bar{position:relative;width:14rem;height:.9rem;background:#eaeef2;border-radius:.45rem;overflow:hidden}
.bar>span{position:absolute;left:0;top:0;bottom:0;background:#2da44e}
tr.held-back .bar>span{background:#cf222e}
.bar>i{position:absolute;top:-2px;bottom:-2px;border-left:2px dashed #57606a}
.num{font-variant-numeric:tabular-nums;white-space:nowrap}
.reasons{margin:.25rem 0 0;padding-left:1.1rem;color:#a40e26}
.findings section{margin-bottom:1.2rem}
.findings h3{font-size:1rem;margin:.8rem 0 .3rem}
.findings h4{font-size:.9rem;margin:.5rem 0 .2rem;font-family:ui-monospace,monospace}
.findings ul{margin:0;padding-left:1.1rem}
.sev-error{color:#cf222e;font-weight:600}.sev-warning{color:#9a6700;font-weight:600}
code,a.loc{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85rem}
)";

void render_locale_row(std::string& html, const LocaleOutcome& l, double threshold,
                       const HtmlReportOptions& options) {
  const CatalogStats& c = l.completion;
  const char* status = l.shipped ? "shipped" : "held-back";
  html += "<tr class=\"" + std::string(status) + "\" data-locale=\"" + escape(l.locale) + "\" data-status=\"" +
          status + "\">\n";
  html += "<td><strong>" + escape(l.locale) + "</strong><br/><small>" + escape(display_name(l.locale)) +
          "</small></td>\n";
  html += "<td><span class=\"status " + std::string(status) + "\">" + (l.shipped ? "shipped" : "held back") +
          "</span>";
  if (!l.reasons.empty()) {
    html += "<ul class=\"reasons\">";
    for (const std::string& r : l.reasons) html += "<li>" + escape(r) + "</li>";
    html += "</ul>";
  }
  html += "</td>\n";
  html += "<td><div class=\"bar\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"" +
          number_text(c.percent_translated()) + "\" title=\"" + percent_text(c.percent_translated()) +
          " of messages translated\"><span style=\"width:" + number_text(c.percent_translated()) +
          "%\"></span><i style=\"left:" + number_text(threshold) + "%\" title=\"threshold\"></i></div>";
  html += "<small class=\"num\">" + percent_text(c.percent_translated()) + " of messages · " +
          percent_text(c.percent_translated_words()) + " of words</small></td>\n";
  html += "<td class=\"num\">" + std::to_string(c.translated) + " / " + std::to_string(c.messages()) + "<br/><small>" +
          std::to_string(c.fuzzy) + " fuzzy · " + std::to_string(c.untranslated) + " untranslated</small></td>\n";
  html += "<td class=\"num\"><span class=\"sev-error\">" + std::to_string(l.errors) +
          "</span> errors<br/><span class=\"sev-warning\">" + std::to_string(l.warnings) + "</span> warnings</td>\n";
  html += "<td>";
  for (const Edition& e : l.editions) {
    html += "<a href=\"" + escape(options.editions_href + e.path) + "\">" + escape(e.path) + "</a>";
    if (!e.html_path.empty())
      html += " · <a class=\"html-edition\" href=\"" + escape(options.out_href + e.html_path) + "\">HTML</a>";
    if (e.fallback_units) html += "<br/><small>" + std::to_string(e.fallback_units) + " units in English</small>";
    html += "<br/>";
  }
  if (l.editions.empty()) html += "<small>—</small>";
  if (!l.review_path.empty())
    html += "<br/><a class=\"review\" href=\"" + escape(options.out_href + l.review_path) + "\">review page</a>";
  html += "</td>\n</tr>\n";
}

void render_findings(std::string& html, const LocaleOutcome& l, const HtmlReportOptions& options) {
  if (l.findings.empty()) return;
  std::map<std::string, std::vector<const Diagnostic*>> by_check;
  for (const Diagnostic& f : l.findings) by_check[f.check].push_back(&f);
  html += "<section data-locale=\"" + escape(l.locale) + "\"><h3>" + escape(l.locale) + " — " +
          escape(display_name(l.locale)) + "</h3>\n";
  for (const auto& [check, findings] : by_check) {
    html += "<h4 data-check=\"" + escape(check) + "\">" + escape(check) + " (" + std::to_string(findings.size()) +
            ")</h4>\n<ul>\n";
    size_t shown = 0;
    for (const Diagnostic* f : findings) {
      if (shown++ == options.max_findings_per_check) {
        html += "<li>… and " + std::to_string(findings.size() - options.max_findings_per_check) + " more</li>\n";
        break;
      }
      const std::string where = f->where.to_string();
      const std::string severity(severity_name(f->severity));
      html += "<li><span class=\"sev-" + severity + "\">" + severity + "</span> <a class=\"loc\" href=\"" +
              escape(options.project_href + f->where.file + "#L" + std::to_string(f->where.line)) + "\">" + escape(where) +
              "</a> " + escape(f->message) + "</li>\n";
    }
    html += "</ul>\n";
  }
  html += "</section>\n";
}

}  // namespace

std::string render_html_report(const ReleaseOutcome& outcome, const HtmlReportOptions& options) {
  std::string html;
  html += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>xloc release — " +
          escape(outcome.domain) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  html += "<h1>Release report: " + escape(outcome.domain) + "</h1>\n";
  const size_t shipped = outcome.shipped_count();
  html += "<p class=\"summary\" id=\"summary\">" + std::to_string(shipped) + " of " +
          std::to_string(outcome.locales.size()) + " locales shipped, " +
          std::to_string(outcome.locales.size() - shipped) + " held back · threshold " +
          percent_text(outcome.threshold) + " of messages";
  if (!outcome.generated_from.empty()) html += " · catalogs as of " + escape(outcome.generated_from);
  html += "</p>\n";
  if (outcome.template_stale)
    html += "<p class=\"stale\" id=\"stale-template\"><strong>The committed template " +
            escape(outcome.template_path) + " is stale.</strong> " + escape(outcome.template_note) +
            " Run <code>xloc extract</code> and <code>xloc update</code>.</p>\n";
  html += "<h2>Locales</h2>\n<table id=\"locales\">\n<thead><tr><th>Locale</th><th>Status</th><th>Completion</th>"
          "<th>Messages</th><th>Checks</th><th>Edition</th></tr></thead>\n<tbody>\n";
  for (const LocaleOutcome& l : outcome.locales) render_locale_row(html, l, outcome.threshold, options);
  html += "</tbody>\n</table>\n<h2>Check findings</h2>\n<div class=\"findings\" id=\"findings\">\n";
  bool any = false;
  for (const LocaleOutcome& l : outcome.locales) {
    any = any || !l.findings.empty();
    render_findings(html, l, options);
  }
  if (!any) html += "<p>No errors or warnings.</p>\n";
  html += "</div>\n</body>\n</html>\n";
  return html;
}

}  // namespace xloc
