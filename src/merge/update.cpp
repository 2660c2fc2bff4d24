// update_catalogs(): read everything, merge in a small thread pool, render,
// then write. Results are kept per catalog index so that the first error
// reported is the first in command-line order, whatever thread found it.
#include "catalog/locale_name.h"
#include "merge/update.h"

#include <algorithm>

#include "base/parallel.h"
#include "catalog/po_reader.h"
#include "merge/merge_domains.h"

namespace xloc {
namespace {

struct Job {
  std::optional<Error> error;
  std::string original;  // the file as read, to compare and to restore
  std::string rendered;
  MergeStats stats;
  std::vector<MergeWarning> warnings;
};

bool has_numbered_backup(FileSystem& fs, const std::string& path) { return fs.exists(path + ".~1~"); }

// Where the old contents of `path` go (GNU's backup conventions).
std::string backup_path(FileSystem& fs, const std::string& path, const UpdateOptions& options) {
  BackupMode mode = options.backup;
  if (mode == BackupMode::kExisting) mode = has_numbered_backup(fs, path) ? BackupMode::kNumbered : BackupMode::kSimple;
  if (mode == BackupMode::kSimple) return path + options.suffix;
  unsigned n = 1;
  while (fs.exists(path + ".~" + std::to_string(n) + "~")) ++n;
  return path + ".~" + std::to_string(n) + "~";
}

}  // namespace

Result<std::vector<CatalogUpdate>> update_catalogs(FileSystem& fs, const std::string& template_path,
                                                   const std::vector<std::string>& catalogs,
                                                   const UpdateOptions& options) {
  if (options.output && catalogs.size() != 1)
    return Error{"output-needs-one-catalog", "-o needs exactly one catalog, got " + std::to_string(catalogs.size()),
                 "", {}};
  auto templ = read_po_file(fs, template_path);
  if (!templ) return templ.error();
  std::vector<Catalog> compendia;
  for (const std::string& path : options.compendia) {
    auto c = read_po_file(fs, path);
    if (!c) return c.error();
    compendia.push_back(std::move(c).value());
  }

  // Threads go to catalogs; a single catalog gets them for its fuzzy searches.
  MergeOptions merge_options = options.merge;
  merge_options.threads = catalogs.size() == 1 ? options.jobs : 1;
  std::vector<Job> jobs(catalogs.size());
  warm_up_locale_data();  // before the workers read locale names (ICU loads lazily)
  parallel_for(catalogs.size(), options.jobs, [&](size_t i) {
    Job& job = jobs[i];
    auto data = fs.read(catalogs[i]);
    if (!data) {
      job.error = data.error();
      return;
    }
    job.original = std::move(data).value();
    auto catalog = read_po(job.original, catalogs[i]);
    if (!catalog) {
      job.error = catalog.error();
      return;
    }
    auto merged = merge_domains(*templ, *catalog, compendia, merge_options);
    if (!merged) {
      job.error = merged.error();
      return;
    }
    job.stats = merged->stats;
    job.warnings = std::move(merged->warnings);
    apply_layout(merged->catalog, options.layout);
    job.rendered = write_po(merged->catalog, options.write);
  });
  for (const Job& job : jobs)
    if (job.error) return *job.error;

  std::vector<CatalogUpdate> report;
  for (size_t i = 0; i < catalogs.size(); ++i) {
    CatalogUpdate u{catalogs[i], options.output.value_or(catalogs[i]), jobs[i].stats, jobs[i].warnings, false};
    const bool same_file = u.output_path == u.path;
    if (!same_file || jobs[i].rendered != jobs[i].original) {
      Status s = ok_status();
      if (same_file && options.backup != BackupMode::kNone)
        s = fs.write_atomic(backup_path(fs, u.path, options), jobs[i].original);
      if (s) s = fs.write_atomic(u.output_path, jobs[i].rendered);
      if (!s) {
        // Put back what this call already replaced, newest first.
        for (auto done = report.rbegin(); done != report.rend(); ++done) {
          const size_t k = static_cast<size_t>(report.rend() - done) - 1;
          if (done->written && done->output_path == done->path) (void)fs.write_atomic(done->path, jobs[k].original);
        }
        return s.error();
      }
      u.written = true;
    }
    report.push_back(std::move(u));
  }
  return report;
}

}  // namespace xloc
