#include "check/check_catalog.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "check/catalog_locale.h"
#include "check/check.h"
#include "base/parallel.h"
#include "check/text_scan.h"

namespace xloc {
namespace {

// Entries that hold no translation of their msgid: GNOME's credits, and
// itstool's image references ("external ref='figures/a.png' md5='...'"),
// whose msgstr names a localized image or nothing.
bool is_pseudo_message(const Message& m) {
  return m.msgid == "translator-credits" || m.msgid.starts_with("external ref=");
}

}  // namespace

bool CheckOptions::is_disabled(std::string_view id) const {
  return std::find(disabled.begin(), disabled.end(), id) != disabled.end();
}

size_t CatalogResult::count(Severity severity) const {
  return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                           [&](const Diagnostic& d) { return d.severity == severity; }));
}

size_t CheckRun::count(Severity severity) const {
  size_t n = 0;
  for (const CatalogResult& c : catalogs) n += c.count(severity);
  return n;
}

bool CheckRun::unusable() const {
  return std::any_of(catalogs.begin(), catalogs.end(), [](const CatalogResult& c) { return c.unusable; });
}

bool CheckRun::failed(bool strict) const {
  return count(Severity::kError) > 0 || (strict && count(Severity::kWarning) > 0);
}

std::vector<Diagnostic> check_catalog(const Catalog& catalog, const CheckOptions& options) {
  const CatalogLocale locale = CatalogLocale::for_catalog(catalog);
  const CheckScope scope{catalog, locale};
  std::vector<Diagnostic> out;
  // Which live messages the message and pair checks see: translated (maybe
  // partly, for plurals) and not fuzzy.
  std::vector<const Message*> live;
  for (const Message& m : catalog.messages)
    if (!m.obsolete && !m.is_header() && !m.is_fuzzy() && !m.is_untranslated()) live.push_back(&m);

  // Each enabled check with its findings; catalog checks first, then one
  // pass over the messages (markup stripped once per msgstr for all checks).
  std::vector<Findings> findings;
  std::vector<const CheckInfo*> enabled;
  for (const CheckInfo& info : check_registry()) {
    if (options.is_disabled(info.id)) continue;
    enabled.push_back(&info);
    findings.emplace_back(info, catalog, out);
  }
  for (size_t i = 0; i < enabled.size(); ++i)
    if (enabled[i]->catalog) enabled[i]->catalog(scope, findings[i]);
  const unsigned long nplurals = locale.header_nplurals().value_or(2);
  std::string plain_source, plain_translation;
  for (const Message* m : live) {
    for (size_t i = 0; i < enabled.size(); ++i)
      if (enabled[i]->message) enabled[i]->message(*m, scope, findings[i]);
    if (is_pseudo_message(*m)) continue;
    for (size_t form = 0; form < m->msgstr.size(); ++form) {
      if (m->msgstr[form].empty()) continue;
      TextPair pair;
      pair.translation = m->msgstr[form];
      pair.form = form;
      pair.plural = m->is_plural();
      // Form 0 translates msgid, unless the language has a single form.
      pair.source = (!m->is_plural() || (form == 0 && nplurals > 1)) ? std::string_view(m->msgid)
                                                                     : std::string_view(*m->msgid_plural);
      plain_source = strip_markup(pair.source);
      plain_translation = strip_markup(pair.translation);
      pair.plain_source = plain_source;
      pair.plain_translation = plain_translation;
      for (size_t i = 0; i < enabled.size(); ++i)
        if (enabled[i]->pair) enabled[i]->pair(*m, pair, scope, findings[i]);
    }
  }
  std::stable_sort(out.begin(), out.end(), diagnostic_less);
  return out;
}

void check_catalog(const Catalog& catalog, const CheckOptions& options, DiagnosticSink& sink) {
  for (Diagnostic& d : check_catalog(catalog, options)) sink.report(std::move(d));
}

CatalogResult check_catalog_result(const Catalog& catalog, const CheckOptions& options) {
  CatalogResult result;
  result.file = catalog.path;
  result.messages = catalog.live_count();
  result.diagnostics = check_catalog(catalog, options);
  return result;
}

CheckRun check_catalogs(std::span<const Catalog> catalogs, const CheckOptions& options) {
  CheckRun run;
  run.catalogs.resize(catalogs.size());
  parallel_for(catalogs.size(), options.jobs,
               [&](size_t i) { run.catalogs[i] = check_catalog_result(catalogs[i], options); });
  return run;
}

}  // namespace xloc
