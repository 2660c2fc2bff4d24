#include "check/check_catalog.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <span>

#include "check/catalog_locale.h"
#include "check/check.h"
#include "check/systemic.h"
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

// A catalog's messages are split into chunks for threads only when each
// chunk is worth a thread and a CatalogLocale (about a millisecond): a few
// thousand messages. A few chunks per thread even out uneven ones.
constexpr size_t kMinChunkMessages = 2000;
constexpr size_t kChunksPerThread = 4;

void run_catalog_checks(const std::vector<const CheckInfo*>& enabled, const CheckScope& scope,
                        std::vector<Diagnostic>& out) {
  for (const CheckInfo* info : enabled) {
    if (!info->catalog) continue;
    Findings findings(*info, scope.catalog, out);
    info->catalog(scope, findings);
  }
}

// The message and pair checks on `messages`, markup stripped once per
// msgstr for all checks.
void run_message_checks(std::span<const Message* const> messages, const std::vector<const CheckInfo*>& enabled,
                        const CheckScope& scope, std::vector<Diagnostic>& out) {
  std::vector<Findings> findings;
  findings.reserve(enabled.size());
  for (const CheckInfo* info : enabled) findings.emplace_back(*info, scope.catalog, out);
  const unsigned long nplurals = scope.locale.header_nplurals().value_or(2);
  std::string plain_source, plain_translation;
  for (const Message* m : messages) {
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
}

// Names on each finding the message whose entry holds the line it points
// at (entries follow each other in the file; a finding before the first
// entry after the header, or at line 0, names none).
void name_messages(const Catalog& catalog, std::vector<Diagnostic>& out) {
  std::vector<std::pair<int, const Message*>> starts;
  for (const Message& m : catalog.messages)
    if (!m.is_header() && m.location.line > 0) starts.emplace_back(m.location.line, &m);
  std::sort(starts.begin(), starts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (Diagnostic& d : out) {
    if (d.msgid) continue;
    auto after = std::upper_bound(starts.begin(), starts.end(), d.where.line,
                                  [](int line, const auto& start) { return line < start.first; });
    if (after == starts.begin()) continue;
    const Message& m = *std::prev(after)->second;
    d.msgid = m.msgid;
    d.msgctxt = m.msgctxt;
  }
}

}  // namespace

bool is_checked_message(const Message& m) {
  return !m.obsolete && !m.is_header() && !m.is_fuzzy() && !m.is_untranslated();
}

bool has_checked_pairs(const Message& m) { return is_checked_message(m) && !is_pseudo_message(m); }

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
  // Built before any worker starts, so ICU loads its data on this thread.
  const CatalogLocale locale = CatalogLocale::for_catalog(catalog);
  std::vector<const Message*> live;
  for (const Message& m : catalog.messages)
    if (is_checked_message(m)) live.push_back(&m);
  std::vector<const CheckInfo*> enabled;
  for (const CheckInfo& info : check_registry())
    if (!options.is_disabled(info.id)) enabled.push_back(&info);

  // Task 0 runs the catalog checks, tasks 1.. one chunk of messages each.
  // Each task fills its own vector; joined in task order, they hold the
  // diagnostics in the order one thread would have produced them, so the
  // stable sort below gives the same output for any number of jobs.
  const unsigned threads = resolve_jobs(options.jobs);
  const size_t chunks =
      threads == 1 ? 1 : std::max<size_t>(1, std::min<size_t>(threads * kChunksPerThread, live.size() / kMinChunkMessages));
  std::vector<std::vector<Diagnostic>> found(chunks + 1);
  // Workers other than the calling thread's get their own locale: the ICU
  // objects in it are never used by two threads.
  std::vector<std::optional<CatalogLocale>> worker_locales(threads);
  parallel_for_workers(chunks + 1, chunks == 1 ? 1 : threads, [&](size_t worker, size_t task) {
    if (task == 0) return run_catalog_checks(enabled, {catalog, locale}, found[0]);
    const CatalogLocale* own = &locale;
    if (chunks > 1) {
      if (!worker_locales[worker]) worker_locales[worker] = CatalogLocale::for_catalog(catalog);
      own = &*worker_locales[worker];
    }
    const size_t begin = live.size() * (task - 1) / chunks, end = live.size() * task / chunks;
    run_message_checks(std::span(live).subspan(begin, end - begin), enabled, {catalog, *own}, found[task]);
  });
  std::vector<Diagnostic> out;
  size_t total = 0;
  for (const auto& part : found) total += part.size();
  out.reserve(total);
  for (auto& part : found) std::move(part.begin(), part.end(), std::back_inserter(out));
  fold_systemic_findings(enabled, {catalog, locale}, live.size(), out);
  name_messages(catalog, out);
  std::stable_sort(out.begin(), out.end(), diagnostic_less);
  return out;
}

void check_catalog(const Catalog& catalog, const CheckOptions& options, DiagnosticSink& sink) {
  for (Diagnostic& d : check_catalog(catalog, options)) sink.report(std::move(d));
}

CheckOptions options_per_catalog(const CheckOptions& options, size_t catalogs) {
  CheckOptions each = options;
  each.jobs = std::max<unsigned>(1, resolve_jobs(options.jobs) / static_cast<unsigned>(std::max<size_t>(catalogs, 1)));
  return each;
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
  const CheckOptions each = options_per_catalog(options, catalogs.size());
  parallel_for(catalogs.size(), options.jobs,
               [&](size_t i) { run.catalogs[i] = check_catalog_result(catalogs[i], each); });
  return run;
}

}  // namespace xloc
