// Exports update_catalogs(): `xloc update` as a library call. Reads the
// template, the compendia and every catalog, merges the catalogs in
// parallel, and only when all of that succeeded writes the results, each
// atomically. All or nothing: on any read or merge error nothing is written;
// if a write fails, the catalogs already written are restored.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/error.h"
#include "base/file_system.h"
#include "catalog/po_writer.h"
#include "merge/merge.h"

namespace xloc {

struct UpdateOptions {
  MergeOptions merge;
  PoWriteOptions write;
  std::vector<std::string> compendia;  // paths, searched after the catalog
  std::optional<std::string> output;   // write here instead of in place; needs exactly one catalog
  unsigned jobs = 0;                   // threads; 0: one per hardware thread
};

struct CatalogUpdate {
  std::string path;         // the catalog read
  std::string output_path;  // where the result went
  MergeStats stats;
  bool written = false;  // false if the result equals what was there
};

// Errors: unreadable or malformed files (with file:line:column), merge
// errors, "output-needs-one-catalog", and the first failed write.
Result<std::vector<CatalogUpdate>> update_catalogs(FileSystem& fs, const std::string& template_path,
                                                   const std::vector<std::string>& catalogs,
                                                   const UpdateOptions& options = {});

}  // namespace xloc
