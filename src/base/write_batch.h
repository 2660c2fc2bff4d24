// Exports WriteBatch: many file writes and removals that happen all or not
// at all, without holding the new contents in memory. `xloc release` uses
// it so that a site's editions stream to disk as they are made, yet a failed
// or killed release leaves the output folder as it was.
//
// How: write() puts the contents in a staging folder at once (new-N). commit()
// first records a journal of what it is about to do, then for each change
// moves the old file aside (old-N) and the staged one into place; when all
// are in place it deletes the journal (the commit point) and the old files.
// A failure undoes the moves already made. A process killed in between
// leaves the journal behind, and recover() — which a new WriteBatch runs
// first — puts every old file back.
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <vector>

#include "base/error.h"
#include "base/file_system.h"

namespace xloc {

class WriteBatch {
 public:
  // `staging_dir` must be on the same file system as every target (a
  // hidden folder inside the output folder is) and belongs to the batch.
  WriteBatch(FileSystem& fs, std::string staging_dir);
  ~WriteBatch();  // a batch never committed leaves no staged file behind
  WriteBatch(const WriteBatch&) = delete;
  WriteBatch& operator=(const WriteBatch&) = delete;

  // Puts back what a killed commit had replaced, and clears the staging
  // folder. Returns the error if the folder cannot be restored.
  static Status recover(FileSystem& fs, const std::string& staging_dir);

  // Stages `contents` for `path` now; the caller can drop them. Safe to call
  // from several threads at once.
  Status write(const std::string& path, const std::string& contents);
  void remove(std::string path);  // removing a missing file is no change

  // Applies every change in order. On the first failure undoes the ones
  // applied (best effort: an undo can fail too if the disk is gone) and
  // returns that failure.
  Status commit();

 private:
  struct Change {
    std::string path;
    size_t id = 0;        // names new-<id> and old-<id> in the staging folder
    bool remove = false;
    bool had_old = false;  // filled in by commit()
  };
  std::string staged_path(const char* kind, size_t id) const;
  std::string journal_path() const;
  void clear_staging();
  Status undo();

  FileSystem& fs_;
  std::string staging_dir_;
  std::mutex mutex_;
  std::vector<Change> changes_;
  std::atomic<size_t> next_id_{0};
  Status recovered_ = ok_status();  // a batch that cannot recover writes nothing
  bool keep_staging_ = false;       // set when an undo failed: the journal must survive
};

}  // namespace xloc
