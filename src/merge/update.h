// Exports update_catalogs(): `xloc update` as a library call. Reads the
// template, the compendia and every catalog, merges the catalogs in
// parallel (each domain on its own: merge_domains.h), lays them out, and
// only when all of that succeeded writes the results, each atomically. A
// catalog whose merged bytes equal the file is not written at all (its
// mtime stays, so build tools see no change) and gets no backup; one that
// changes gets its backup (BackupMode) written before it is replaced. All or nothing: on any read or merge error nothing is written;
// if a write fails, the catalogs already written are restored.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/error.h"
#include "base/file_system.h"
#include "catalog/catalog_layout.h"
#include "catalog/po_writer.h"
#include "merge/merge.h"

namespace xloc {

// msgmerge --backup: what to keep of a catalog rewritten in place.
enum class BackupMode {
  kNone,      // none, off
  kSimple,    // simple, never: CATALOG + suffix
  kNumbered,  // numbered, t: CATALOG.~N~, the first N not taken
  kExisting,  // existing, nil: numbered if CATALOG.~1~ exists, else simple
};

struct UpdateOptions {
  MergeOptions merge;
  LayoutOptions layout;  // --sort-output, --sort-by-file, --for-msgfmt
  PoWriteOptions write;
  BackupMode backup = BackupMode::kNone;
  std::string suffix = "~";  // for BackupMode::kSimple
  std::vector<std::string> compendia;  // paths, searched after the catalog
  std::optional<std::string> output;   // write here instead of in place; needs exactly one catalog
  unsigned jobs = 0;                   // threads; 0: one per hardware thread
};

struct CatalogUpdate {
  std::string path;         // the catalog read
  std::string output_path;  // where the result went
  MergeStats stats;
  std::vector<MergeWarning> warnings;
  bool written = false;  // false if the result equals what was there
};

// Errors: unreadable or malformed files (with file:line:column), merge
// errors, "output-needs-one-catalog", and the first failed write.
Result<std::vector<CatalogUpdate>> update_catalogs(FileSystem& fs, const std::string& template_path,
                                                   const std::vector<std::string>& catalogs,
                                                   const UpdateOptions& options = {});

}  // namespace xloc
