#include "check/check_files.h"

#include <array>

#include "catalog/locale_name.h"
#include "catalog/po_reader.h"
#include "base/parallel.h"

namespace xloc {
namespace {

// Reader error codes that are about bytes and charsets, not PO syntax.
constexpr std::array<std::string_view, 3> kEncodingErrors{"invalid-encoding", "invalid-utf8", "unknown-charset"};

}  // namespace

Diagnostic reader_diagnostic(const Error& error, const std::string& path) {
  Diagnostic d;
  d.where = error.where;
  if (d.where.file.empty()) d.where.file = path;
  d.check = "syntax";
  for (std::string_view code : kEncodingErrors)
    if (error.code == code) d.check = "encoding";
  d.severity = Severity::kError;
  d.message = error.message;
  if (!error.fragment.empty()) d.message += " near '" + error.fragment + "'";
  return d;
}

CheckRun check_files(FileSystem& fs, const std::vector<std::string>& paths, const CheckOptions& options) {
  CheckRun run;
  run.catalogs.resize(paths.size());
  const CheckOptions each = options_per_catalog(options, paths.size());
  warm_up_locale_data();  // before the workers read locale names (ICU loads lazily)
  parallel_for(paths.size(), options.jobs, [&](size_t i) {
    auto catalog = read_po_file(fs, paths[i]);
    if (!catalog) {
      CatalogResult& r = run.catalogs[i];
      r.file = paths[i];
      r.unusable = true;
      r.diagnostics.push_back(reader_diagnostic(catalog.error(), paths[i]));
      return;
    }
    run.catalogs[i] = check_catalog_result(*catalog, each);
    run.catalogs[i].file = paths[i];
  });
  return run;
}

}  // namespace xloc
