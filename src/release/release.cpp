#include "release/release.h"

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>

#include "catalog/locale_name.h"
#include "base/counted.h"
#include "base/parallel.h"
#include "base/write_batch.h"
#include "catalog/po_reader.h"
#include "check/check_catalog.h"
#include "export/export.h"
#include "extract/extract.h"
#include "its/rule_parser.h"
#include "its/unit_walker.h"
#include "its/xml_encoding.h"
#include "merge/merge.h"
#include "report/stats.h"
#include "release/html_report.h"
#include "release/manifest.h"
#include "release/percent.h"
#include "release/project.h"
#include "release/sha256.h"
#include "render/html_edition.h"
#include "render/vocabulary.h"
#include "review/review_page.h"

namespace xloc {
namespace {

// A source read once and shared, read-only, by every locale's export.
struct LoadedSource {
  std::string path;      // relative to the project root
  std::string resolved;  // as the file system knows it
  std::string text;
  std::vector<its::RuleSet> rules;
  render::Vocabulary vocabulary = render::Vocabulary::kUnknown;  // set with --html
};

Result<std::vector<LoadedSource>> load_sources(FileSystem& fs, const Project& project) {
  std::vector<LoadedSource> sources;
  for (const ProjectSource& s : project.sources) {
    LoadedSource loaded{s.path, project.resolve(s.path), "", {}};
    auto text = fs.read(loaded.resolved);
    if (!text) return text.error();
    loaded.text = std::move(*text);
    std::vector<std::string> rules_paths;
    for (const std::string& rules_path : s.rules_files) rules_paths.push_back(project.resolve(rules_path));
    auto rules = its::read_rules_files(fs, rules_paths);
    if (!rules) return rules.error();
    loaded.rules = std::move(*rules);
    sources.push_back(std::move(loaded));
  }
  return sources;
}

Result<Catalog> extract_fresh_template(FileSystem& fs, const Project& project,
                                       const std::vector<LoadedSource>& sources,
                                       const std::string& creation_date) {
  ExtractOptions options;
  options.domain = project.domain;
  options.creation_date = creation_date;
  TemplateBuilder builder(options);
  for (const LoadedSource& s : sources) {
    its::WalkOptions walk;
    walk.rules = s.rules;
    auto decoded = its::decode_xml(s.text, s.resolved);  // export decodes s.text itself
    if (!decoded) return decoded.error();
    auto walked = its::walk_units(decoded->text, s.resolved, fs, walk);
    if (!walked) return walked.error();
    builder.add(*walked);
  }
  return std::move(builder).finish();
}

// What a translator sees of a template message: its identity and notes.
// References are left out (they carry the project's location on disk).
using MessageFace = std::tuple<std::optional<std::string>, std::string, std::optional<std::string>,
                               std::vector<std::string>>;

std::set<MessageFace> faces_of(const Catalog& catalog) {
  std::set<MessageFace> faces;
  for (const Message& m : catalog.messages)
    if (!m.obsolete && !m.is_header()) faces.emplace(m.msgctxt, m.msgid, m.msgid_plural, m.extracted_comments);
  return faces;
}

// "" when the committed template matches the fresh one, else what differs.
std::string template_difference(const Catalog& committed, const Catalog& fresh) {
  const auto old_faces = faces_of(committed);
  const auto new_faces = faces_of(fresh);
  size_t added = 0, removed = 0;
  for (const auto& f : new_faces) added += !old_faces.count(f);
  for (const auto& f : old_faces) removed += !new_faces.count(f);
  if (added == 0 && removed == 0) return "";
  return "A fresh extraction has " + std::to_string(added) + " message(s) the committed template lacks and lacks " +
         std::to_string(removed) + " it has.";
}

std::string file_name_of(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// "knee-health.xml" -> "knee-health"
std::string edition_stem(const std::string& file_name) {
  const size_t dot = file_name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? file_name : file_name.substr(0, dot);
}

std::string html_path_of(const std::string& locale, const std::string& source_path) {
  return "html/" + locale + "/" + edition_stem(file_name_of(source_path)) + ".html";
}

std::string join_path(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  return dir + (dir.back() == '/' ? "" : "/") + name;
}

struct LocaleJob {
  const Project& project;
  const ReleaseOptions& options;
  const Catalog& fresh_template;
  const std::vector<LoadedSource>& sources;
  WriteBatch& batch;  // editions are staged here as soon as they are made
  const render::HtmlEditionRenderer* html = nullptr;  // with --html; stylesheets prepared
  const std::vector<ReviewSource>* review = nullptr;  // with --review: the sources as the page reads them
};

// One locale's outcome; its editions are already staged in the batch.
struct LocaleWork {
  LocaleOutcome outcome;
  std::string revision_date;
  std::optional<Error> write_error;  // staging an edition failed: the release fails
};

LocaleWork process_locale(FileSystem& fs, const LocaleJob& job, const std::string& locale) {
  LocaleWork work;
  LocaleOutcome& out = work.outcome;
  out.locale = locale;
  out.catalog = job.project.catalog_path(locale);

  // Peak memory is a few copies of the catalog per job, so each copy is
  // dropped as soon as it has served: the file's bytes once parsed, the
  // merge once counted.
  Result<Catalog> catalog = Error{};
  {
    auto text = fs.read(job.project.resolve(out.catalog));
    if (!text) {
      out.reasons.push_back("catalog cannot be read: " + text.error().message);
      return work;
    }
    catalog = read_po(*text, out.catalog);
  }
  if (!catalog) {
    const Error& e = catalog.error();
    out.errors = 1;
    out.findings.push_back({e.where, "syntax", Severity::kError, e.message});
    out.reasons.push_back("catalog is malformed: " + e.to_string());
    return work;
  }
  work.revision_date = catalog->header().get("PO-Revision-Date").value_or("");

  WordCounter words;
  out.completion = catalog_stats(*catalog, words);  // until the merge below refines it

  {
    MergeOptions merge_options;
    merge_options.fuzzy = false;
    merge_options.keep_trivial_edits = false;
    auto merged = merge_catalog(job.fresh_template, *catalog, {}, merge_options);
    if (!merged) {
      out.reasons.push_back("catalog does not fit the template: " + merged.error().to_string());
      return work;
    }
    out.completion = catalog_stats(merged->catalog, words);
  }

  CheckOptions check_options;
  check_options.jobs = 1;
  for (Diagnostic& d : check_catalog(*catalog, check_options)) {
    if (d.severity == Severity::kInfo) continue;
    (d.severity == Severity::kError ? out.errors : out.warnings)++;
    out.findings.push_back(std::move(d));
  }

  if (job.review) {
    // For every locale that reads, held back or not: reviewers need most
    // the pages of the locales that do not ship yet.
    ReviewOptions review_options;
    review_options.catalog_path = out.catalog;
    review_options.language = locale;
    auto page = render_review_page(fs, *catalog, *job.review, review_options);
    if (page) {
      out.review_path = "review-" + locale + ".html";
      if (Status s = job.batch.write(join_path(job.options.out_dir, out.review_path), *page); !s) {
        work.write_error = s.error();
        return work;
      }
    }
  }

  if (out.errors > 0)
    out.reasons.push_back(counted(out.errors, "check error") + "; run: xloc check " + out.catalog);
  if (out.completion.percent_translated() < job.options.threshold)
    out.reasons.push_back(std::to_string(out.completion.translated) + " of " +
                          std::to_string(out.completion.messages()) + " messages translated (" +
                          percent_text(out.completion.percent_translated()) + "), below the " +
                          percent_text(job.options.threshold) + " threshold");
  if (!out.reasons.empty()) return work;

  const CatalogIndex index(*catalog);  // once per locale, not once per source
  std::vector<std::string> xml;        // this locale's editions, one per source
  std::vector<std::string> html;       // and their HTML pages, "" where none
  for (const LoadedSource& source : job.sources) {
    ExportOptions export_options;
    export_options.index = &index;
    export_options.threshold = 0;  // release applies its own threshold, on messages
    export_options.language = locale;
    export_options.rules = source.rules;
    auto exported = export_document(source.text, source.resolved, fs, *catalog, export_options);
    if (!exported) {
      out.reasons.push_back("export of " + source.path + " failed: " + exported.error().to_string());
      out.editions.clear();
      return work;
    }
    Edition edition;
    edition.source = source.path;
    edition.path = locale + "/" + file_name_of(source.path);
    edition.sha256 = sha256_hex(exported->xml);
    edition.units = exported->report.units;
    edition.fallback_units = exported->report.fallbacks.size();
    if (job.html) {
      // Rendered from the bytes that ship, so the page says what the XML says.
      auto page = job.html->render(exported->xml, "editions/" + edition.path, source.vocabulary,
                                   exported->report.language);
      if (page) {
        edition.html_path = html_path_of(locale, source.path);
        edition.html_sha256 = sha256_hex(*page);
        html.push_back(std::move(*page));
      } else {
        edition.html_skipped = page.error().message;  // the warning names the edition
        html.emplace_back();
      }
    }
    out.editions.push_back(edition);
    xml.push_back(std::move(exported->xml));
  }
  // A locale ships all its editions or none, so they are staged only now.
  for (size_t i = 0; i < xml.size(); ++i) {
    const std::string path = join_path(job.options.out_dir, "editions/" + out.editions[i].path);
    if (Status s = job.batch.write(path, xml[i]); !s) {
      work.write_error = s.error();
      return work;
    }
    if (out.editions[i].html_path.empty()) continue;
    if (Status s = job.batch.write(join_path(job.options.out_dir, out.editions[i].html_path), html[i]); !s) {
      work.write_error = s.error();
      return work;
    }
  }
  out.shipped = true;
  return work;
}

}  // namespace

Result<ReleaseOutcome> run_release(FileSystem& fs, const ReleaseOptions& options) {
  auto project = load_project(fs, options.project_dir);
  if (!project) return project.error();
  auto sources = load_sources(fs, *project);
  if (!sources) return sources.error();

  ReleaseOutcome outcome;
  outcome.domain = project->domain;
  outcome.template_path = project->template_path();
  outcome.threshold = options.threshold;

  // The committed template gives the fresh one its date, so that comparing
  // them, and the outputs, never depend on the clock.
  std::optional<Catalog> committed;
  if (auto text = fs.read(project->resolve(outcome.template_path))) {
    auto parsed = read_po(*text, outcome.template_path);
    if (!parsed) return parsed.error();
    committed = std::move(*parsed);
  }
  const std::string creation_date =
      committed ? committed->header().get("POT-Creation-Date").value_or("") : std::string();
  auto fresh = extract_fresh_template(fs, *project, *sources, creation_date);
  if (!fresh) return fresh.error();
  if (!committed) {
    outcome.template_stale = true;
    outcome.template_note = "There is no committed template.";
  } else {
    outcome.template_note = template_difference(*committed, *fresh);
    outcome.template_stale = !outcome.template_note.empty();
  }

  // Nothing is written through a symbolic link inside out/ (SECURITY.md):
  // a link planted there could send an edition anywhere.
  fs.confine_writes_to(options.out_dir);
  // Editions stream into a staging folder inside out/ as workers make them,
  // so memory stays bounded by --jobs; the batch moves them into place all
  // or none at the end (a failed or killed release leaves out/ as it was).
  WriteBatch batch(fs, join_path(options.out_dir, ".xloc-staging"));
  // Each vocabulary's stylesheet is compiled once, here, and shared by the
  // workers; one that is missing makes its editions' HTML skipped, not the
  // release fail.
  std::optional<render::HtmlEditionRenderer> renderer;
  if (options.html) {
    renderer.emplace();
    for (LoadedSource& s : *sources) {
      s.vocabulary = render::vocabulary_of(s.text);
      (void)renderer->prepare(s.vocabulary);  // a failure is reported per edition by render()
    }
  }
  std::vector<ReviewSource> review_sources;
  if (options.review)
    for (const LoadedSource& s : *sources) review_sources.push_back({s.path, s.text, s.rules});
  const LocaleJob job{*project,  options, *fresh, *sources, batch, renderer ? &*renderer : nullptr,
                      options.review ? &review_sources : nullptr};
  std::vector<LocaleWork> works(project->locales.size());
  std::mutex progress_mutex;
  size_t done = 0;
  // ICU loads its break-iterator data on first use; do that once here, not
  // racing in every worker (ThreadSanitizer cannot see ICU's own locking).
  { WordCounter warm_up; }
  warm_up_locale_data();
  parallel_for(works.size(), options.jobs, [&](size_t i) {
    works[i] = process_locale(fs, job, project->locales[i]);
    if (options.progress) {
      std::lock_guard lock(progress_mutex);
      options.progress(++done, works.size(), project->locales[i]);
    }
  });

  // The editions are staged; add the removal of held-back locales' old
  // editions, then the manifest and the report, last, so they describe
  // files that exist.
  for (LocaleWork& work : works)
    if (work.write_error) return *work.write_error;
  for (LocaleWork& work : works) {
    const std::string& locale = work.outcome.locale;
    if (!work.outcome.shipped) {
      for (const LoadedSource& s : *sources)
        batch.remove(join_path(options.out_dir, "editions/" + locale + "/" + file_name_of(s.path)));
    }
    if (work.outcome.review_path.empty()) batch.remove(join_path(options.out_dir, "review-" + locale + ".html"));
    // No HTML page outlives its edition, nor a run without --html.
    for (size_t i = 0; i < sources->size(); ++i) {
      const bool made = work.outcome.shipped && !work.outcome.editions[i].html_path.empty();
      if (!made) batch.remove(join_path(options.out_dir, html_path_of(locale, (*sources)[i].path)));
    }
    outcome.generated_from = std::max(outcome.generated_from, work.revision_date);
    outcome.locales.push_back(std::move(work.outcome));
  }

  if (Status s = batch.write(join_path(options.out_dir, "editions/manifest.json"), render_manifest(outcome)); !s)
    return s.error();
  HtmlReportOptions html;
  std::error_code ec;
  auto rel = std::filesystem::relative(std::filesystem::absolute(options.project_dir),
                                       std::filesystem::absolute(options.out_dir), ec);
  html.project_href = ec || rel.empty() ? "" : rel.lexically_normal().string() + "/";
  if (html.project_href == "./") html.project_href = "";
  if (Status s = batch.write(join_path(options.out_dir, "report.html"), render_html_report(outcome, html)); !s)
    return s.error();
  if (Status s = batch.commit(); !s) return s.error();
  return outcome;
}

}  // namespace xloc
