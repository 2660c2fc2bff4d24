// Exports WriteBatch: several file writes and removals that happen all or
// not at all. Each write is FileSystem::write_atomic; if one fails, the
// files already written or removed get their old contents back (or are
// removed again if they did not exist), so the outputs of a failed run are
// byte-identical to what was there before. Used by `xloc release` for its
// editions, manifest and report.
#pragma once

#include <string>
#include <vector>

#include "base/error.h"
#include "base/file_system.h"

namespace xloc {

class WriteBatch {
 public:
  void write(std::string path, std::string contents);
  void remove(std::string path);  // removing a missing file is no change

  // Applies every change in order. On the first failure undoes the ones
  // applied (best effort: an undo can fail too if the disk is gone) and
  // returns that failure.
  Status commit(FileSystem& fs);

 private:
  struct Change {
    std::string path;
    std::string contents;
    bool remove = false;
  };
  std::vector<Change> changes_;
};

}  // namespace xloc
