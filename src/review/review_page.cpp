#include "review/review_page.h"

#include <algorithm>
#include <map>

#include "check/check_catalog.h"
#include "export/export.h"
#include "its/unit_walker.h"
#include "review/inline_markup_html.h"
#include "review/word_diff.h"

namespace xloc {
namespace {

constexpr const char* kReviewStyle = R"(
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,"Noto Sans","DejaVu Sans","Segoe UI",Arial,"Noto Sans CJK JP","Noto Sans CJK SC","IPAGothic","IPAPGothic","Noto Naskh Arabic","Noto Sans Arabic",Tahoma,"Noto Sans Hebrew",sans-serif;margin:0 auto;max-width:80rem;padding:0 1rem 2rem;color:#1f2328;overflow-wrap:anywhere}
h1{font-size:1.4rem;margin:1rem 0 .3rem}
.counts{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:.3rem 0;padding:0;list-style:none}
fieldset{border:1px solid #d0d7de;border-radius:6px;margin:.6rem 0 1rem;padding:.3rem .8rem;display:flex;flex-wrap:wrap;gap:.2rem 1rem}
legend{font-weight:600;padding:0 .3rem}
label{cursor:pointer;white-space:nowrap}
input:focus-visible+span{outline:2px solid #0969da;outline-offset:2px}
.unit{border:1px solid #d0d7de;border-radius:6px;margin:.7rem 0;padding:.5rem .7rem}
.unit:focus{outline:2px solid #0969da}
.unit>header{display:flex;flex-wrap:wrap;gap:.2rem .7rem;align-items:baseline;font-size:.85rem;color:#57606a}
.badge{font-weight:600;padding:0 .45rem;border-radius:1rem;font-size:.8rem}
.translated .badge{background:#dafbe1;color:#116329}
.fuzzy .badge{background:#fff8c5;color:#7d4e00}
.untranslated .badge,.missing .badge{background:#eaeef2;color:#424a53}
.fallback .badge{background:#ffebe9;color:#a40e26}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:.8rem;margin:.4rem 0}
.pair>div{min-width:0}
.pair h3{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:#57606a;margin:0 0 .15rem}
.text{margin:0}
.empty{color:#8c959f;font-style:italic}
.diff{font-size:.9rem;background:#f6f8fa;padding:.3rem .5rem;border-radius:4px}
del{background:#ffebe9;color:#82071e}ins{background:#dafbe1;color:#116329;text-decoration:none}
.notes,.findings{margin:.3rem 0;padding-left:1.2rem;font-size:.9rem}
.notes{color:#57606a}
.findings li.error{color:#a40e26}.findings li.warning{color:#7d4e00}
code,kbd{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em}
.placeholder{color:#8250df;font-family:ui-monospace,monospace;font-size:.85em}
.link{text-decoration:underline dotted}
@media (max-width:40rem){.pair{grid-template-columns:1fr}}
body:has(#show-fuzzy:checked) .unit:not(.fuzzy),
body:has(#show-findings:checked) .unit:not(.has-findings),
body:has(#show-source:checked) .unit.translated{display:none}
)";

// The catalog entry (index into messages) whose lines hold `line`.
class EntryByLine {
 public:
  explicit EntryByLine(const Catalog& catalog) {
    for (size_t i = 0; i < catalog.messages.size(); ++i)
      starts_.emplace_back(catalog.messages[i].location.line, i);
    std::sort(starts_.begin(), starts_.end());
  }
  std::optional<size_t> find(int line) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), std::make_pair(line, SIZE_MAX));
    if (it == starts_.begin()) return std::nullopt;
    return std::prev(it)->second;
  }

 private:
  std::vector<std::pair<int, size_t>> starts_;
};

struct ReviewCounts {
  size_t units = 0, translated = 0, fuzzy = 0, untranslated = 0, missing = 0, fallback = 0, with_findings = 0;
};

}  // namespace

Result<std::string> render_review_page(FileSystem& fs, const Catalog& catalog,
                                       const std::vector<ReviewSource>& sources, const ReviewOptions& options) {
  std::string locale = options.language;
  if (locale.empty()) locale = catalog.header().get("Language").value_or("");
  if (locale.empty())
    return Error{"no-language", "the catalog has no Language header; give the locale", "",
                 {options.catalog_path, 1, 1}};
  const std::string language = bcp47_from_gettext(locale);
  const bool rtl = is_right_to_left(language);
  const bool source_rtl = is_right_to_left(options.source_language);

  // Findings, matched to their catalog entry by line.
  CheckOptions check_options;
  check_options.jobs = 1;
  const std::vector<Diagnostic> diagnostics = check_catalog(catalog, check_options);
  const EntryByLine entries(catalog);
  std::map<size_t, std::vector<const Diagnostic*>> findings_of;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::kInfo) continue;
    if (auto entry = entries.find(d.where.line)) findings_of[*entry].push_back(&d);
  }
  const CatalogIndex index(catalog);

  std::string units_html;
  ReviewCounts counts;
  for (const ReviewSource& source : sources) {
    its::WalkOptions walk;
    walk.rules = source.rules;
    auto walked = its::walk_units(source.text, source.path, fs, walk);
    if (!walked) return walked.error();
    // What the edition does with each unit: export's fallbacks, by line and msgid.
    ExportOptions export_options;
    export_options.threshold = 0;
    export_options.language = locale;
    export_options.rules = source.rules;
    export_options.source_language = options.source_language;
    export_options.index = &index;
    auto exported = export_document(source.text, source.path, fs, catalog, export_options);
    if (!exported) return exported.error();
    std::map<std::pair<int, std::string>, std::string> fallback_reason;
    for (const Fallback& f : exported->report.fallbacks) fallback_reason[{f.line, f.msgid}] = f.reason;

    std::vector<const its::Unit*> in_order;
    for (const its::Unit& u : walked->units) in_order.push_back(&u);
    std::stable_sort(in_order.begin(), in_order.end(),
                     [](const its::Unit* a, const its::Unit* b) { return a->begin < b->begin; });
    for (const its::Unit* u : in_order) {
      const size_t n = ++counts.units;
      const auto found = index.find(MessageKey{u->context, u->text});
      const Message* m = found ? &catalog.messages[*found] : nullptr;
      std::string status, label, why;
      if (!m) {
        status = "missing", label = "not in the catalog", ++counts.missing;
      } else if (m->is_fuzzy()) {
        status = "fuzzy", label = "fuzzy", ++counts.fuzzy;
      } else if (!m->is_translated()) {
        status = "untranslated", label = "untranslated", ++counts.untranslated;
      } else if (auto r = fallback_reason.find({u->line, u->text}); r != fallback_reason.end()) {
        status = "fallback", label = "falls back to the source", why = r->second, ++counts.fallback;
      } else {
        status = "translated", label = "translated", ++counts.translated;
      }
      if (status != "translated" && status != "fallback") {
        if (auto r = fallback_reason.find({u->line, u->text}); r != fallback_reason.end()) why = r->second;
      }
      const std::vector<const Diagnostic*>* findings = nullptr;
      if (found)
        if (auto it = findings_of.find(*found); it != findings_of.end()) findings = &it->second;
      if (findings) ++counts.with_findings;

      std::string& h = units_html;
      h += "<article class=\"unit " + status + (findings ? " has-findings" : "") + "\" id=\"u" + std::to_string(n) +
           "\" tabindex=\"0\" data-status=\"" + status + "\" data-findings=\"" +
           std::to_string(findings ? findings->size() : 0) + "\" aria-labelledby=\"u" + std::to_string(n) + "h\">\n";
      h += "<header id=\"u" + std::to_string(n) + "h\"><span class=\"badge\">" + escape_html(label) + "</span>";
      h += "<span class=\"where\">" + escape_html(source.path) + ":" + std::to_string(u->line) + "</span>";
      if (m) h += "<span class=\"po\">" + escape_html(m->msgstr_location.to_string()) + "</span>";
      if (u->context) h += "<span class=\"context\">" + escape_html(*u->context) + "</span>";
      h += "</header>\n";
      if (!why.empty()) h += "<p class=\"why\">Edition shows the source text: " + escape_html(why) + "</p>\n";
      h += "<div class=\"pair\"><div class=\"source\" lang=\"" + escape_html(options.source_language) + "\" dir=\"" +
           (source_rtl ? "rtl" : "ltr") + "\"><h3 lang=\"en\" dir=\"ltr\">Source</h3><p class=\"text\">" +
           inline_markup_html(u->text) + "</p></div>";
      h += "<div class=\"translation\" lang=\"" + escape_html(language) + "\" dir=\"" + (rtl ? "rtl" : "ltr") +
           "\"><h3 lang=\"en\" dir=\"ltr\">Translation</h3><p class=\"text\">";
      if (m && !m->msgstr.empty() && !m->msgstr[0].empty())
        h += inline_markup_html(m->msgstr[0]);
      else
        h += "<span class=\"empty\" lang=\"en\" dir=\"ltr\">(no translation)</span>";
      h += "</p></div></div>\n";
      if (m && m->is_fuzzy() && m->previous_msgid)
        h += "<p class=\"diff\" lang=\"" + escape_html(options.source_language) +
             "\"><span lang=\"en\">Source changed since it was translated: </span>" +
             word_diff_html(*m->previous_msgid, m->msgid) + "</p>\n";
      // The source's ITS notes; else the catalog's "#." lines, which are
      // one note wrapped over several lines.
      std::vector<std::string> notes = u->notes;
      if (notes.empty() && m && !m->extracted_comments.empty()) {
        std::string joined;
        for (const std::string& c : m->extracted_comments) joined += (joined.empty() ? "" : " ") + c;
        notes.push_back(joined);
      }
      if (!notes.empty()) {
        h += "<ul class=\"notes\" aria-label=\"Translator notes\">";
        for (const std::string& note : notes) h += "<li>Note: " + escape_html(note) + "</li>";
        h += "</ul>\n";
      }
      if (findings) {
        h += "<ul class=\"findings\" aria-label=\"Check findings\">";
        for (const Diagnostic* d : *findings) {
          const std::string severity(severity_name(d->severity));
          h += "<li class=\"" + severity + "\" data-check=\"" + escape_html(d->check) + "\">" + severity +
               " <code>" + escape_html(d->check) + "</code> " + escape_html(d->message) + "</li>";
        }
        h += "</ul>\n";
      }
      h += "</article>\n";
    }
  }

  std::string html = "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>Review: " +
                     escape_html(options.catalog_path) + " (" + escape_html(language) + ")</title>\n<style>" +
                     kReviewStyle + "</style>\n</head>\n<body>\n";
  html += "<h1>Review: " + escape_html(language) + " — " + escape_html(options.catalog_path) + "</h1>\n";
  auto count = [](const char* id, size_t n, const char* what) {
    return "<li id=\"count-" + std::string(id) + "\"><strong>" + std::to_string(n) + "</strong> " + what + "</li>";
  };
  html += "<ul class=\"counts\">" + count("units", counts.units, "units") +
          count("translated", counts.translated, "translated") + count("fuzzy", counts.fuzzy, "fuzzy") +
          count("untranslated", counts.untranslated, "untranslated") +
          count("missing", counts.missing, "not in the catalog") +
          count("fallback", counts.fallback, "fall back to the source") +
          count("findings", counts.with_findings, "with check findings") + "</ul>\n";
  html += "<fieldset><legend>Show</legend>"
          "<label><input type=\"radio\" name=\"show\" id=\"show-all\" checked/> <span>all units</span></label>"
          "<label><input type=\"radio\" name=\"show\" id=\"show-fuzzy\"/> <span>only fuzzy</span></label>"
          "<label><input type=\"radio\" name=\"show\" id=\"show-findings\"/> <span>only with findings</span></label>"
          "<label><input type=\"radio\" name=\"show\" id=\"show-source\"/> <span>only not shipping as "
          "translated</span></label></fieldset>\n<main>\n";
  html += units_html;
  html += "</main>\n</body>\n</html>\n";
  return html;
}

}  // namespace xloc
