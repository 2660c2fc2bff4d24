// Exports the entry points of `xloc check` as a library: CheckOptions,
// check_catalog() (every registered check on one catalog, findings to a
// sink or a sorted vector) and CatalogResult/CheckRun, the per-catalog
// outcome that the report formats and `xloc release` consume.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "check/diagnostic.h"

namespace xloc {

struct CheckOptions {
  bool strict = false;                // warnings fail the run too (see CheckRun::failed)
  std::vector<std::string> disabled;  // check ids silenced for the whole run
  // Threads: catalogs are checked at once, and the messages of a big
  // catalog in chunks when there are threads to spare; 0 = one per core.
  // The output is the same for any value.
  unsigned jobs = 0;

  bool is_disabled(std::string_view id) const;
};

struct CatalogResult {
  std::string file;
  size_t messages = 0;    // live, non-header messages
  bool unusable = false;  // the reader rejected the file: "syntax" diagnostics, exit 2
  std::vector<Diagnostic> diagnostics;  // sorted by position

  size_t count(Severity severity) const;
};

struct CheckRun {
  std::vector<CatalogResult> catalogs;  // in the order they were given

  size_t count(Severity severity) const;
  bool unusable() const;  // some catalog could not be read
  // Errors were found, or warnings under --strict.
  bool failed(bool strict) const;
};

// Runs every enabled check on `catalog`; diagnostics come out sorted.
std::vector<Diagnostic> check_catalog(const Catalog& catalog, const CheckOptions& options = {});
void check_catalog(const Catalog& catalog, const CheckOptions& options, DiagnosticSink& sink);
CatalogResult check_catalog_result(const Catalog& catalog, const CheckOptions& options = {});

// The options for each of `catalogs` checked at once: the threads left
// for its messages (at least one).
CheckOptions options_per_catalog(const CheckOptions& options, size_t catalogs);

// Checks catalogs in parallel (options.jobs threads); results in input order.
CheckRun check_catalogs(std::span<const Catalog> catalogs, const CheckOptions& options = {});

}  // namespace xloc
