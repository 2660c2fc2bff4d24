#include "check/check_catalog.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "check/catalog_locale.h"
#include "check/check.h"
#include "base/parallel.h"

namespace xloc {

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

  for (const CheckInfo& info : check_registry()) {
    if (options.is_disabled(info.id)) continue;
    Findings findings(info, catalog, out);
    if (info.catalog) info.catalog(scope, findings);
    if (info.message)
      for (const Message* m : live) info.message(*m, scope, findings);
    if (info.pair) {
      const unsigned long nplurals = locale.header_nplurals().value_or(2);
      for (const Message* m : live) {
        for (size_t form = 0; form < m->msgstr.size(); ++form) {
          if (m->msgstr[form].empty()) continue;
          TextPair pair;
          pair.translation = m->msgstr[form];
          pair.form = form;
          pair.plural = m->is_plural();
          // Form 0 translates msgid, unless the language has a single form.
          pair.source = (!m->is_plural() || (form == 0 && nplurals > 1)) ? std::string_view(m->msgid)
                                                                         : std::string_view(*m->msgid_plural);
          info.pair(*m, pair, scope, findings);
        }
      }
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
