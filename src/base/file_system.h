// Exports FileSystem, the library's only door to files, with two
// implementations: RealFileSystem (POSIX; atomic writes) and
// MemoryFileSystem (for tests). Library code takes a FileSystem& so it can
// be tested without touching disk and so every write is atomic by contract.
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "base/error.h"

namespace xloc {

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  // The whole file, or an Error (code "unreadable-file") naming the path.
  virtual Result<std::string> read(const std::string& path) = 0;

  // Replaces `path` with `contents` atomically: readers see either the old
  // file or the new one, never a mix, and on failure the old file is intact
  // and no temporary file is left behind. Creates missing parent folders.
  virtual Status write_atomic(const std::string& path, const std::string& contents) = 0;

  virtual bool exists(const std::string& path) = 0;

  // Names (not paths) of the entries of a folder, sorted.
  virtual Result<std::vector<std::string>> list(const std::string& dir) = 0;

  // Removes a file, or an empty folder; removing one that does not exist is
  // not an error.
  virtual Status remove(const std::string& path) = 0;

  // Moves a file to `to` (replacing it) in one step, creating `to`'s
  // missing parent folders. Both must be on the same file system.
  virtual Status rename(const std::string& from, const std::string& to) = 0;

  // From now on, every write, move or removal of a path inside `root`
  // fails (code "unsafe-path") if any component of it below `root` is a
  // symbolic link, so a link planted in an output folder (say, one restored
  // from a CI cache) cannot send a write elsewhere. `root` itself may be a
  // link: the user named it. One root at a time; set it before any thread
  // starts writing.
  virtual void confine_writes_to(const std::string& root) = 0;
  // The "unsafe-path" error that writing, moving or removing `path` would
  // give under confine_writes_to(), without touching anything, so a batch
  // of changes can be refused before its first one.
  virtual Status check_confined(const std::string& path) const = 0;
};

class RealFileSystem final : public FileSystem {
 public:
  Result<std::string> read(const std::string& path) override;
  Status write_atomic(const std::string& path, const std::string& contents) override;
  bool exists(const std::string& path) override;
  Result<std::vector<std::string>> list(const std::string& dir) override;
  Status remove(const std::string& path) override;
  Status rename(const std::string& from, const std::string& to) override;
  void confine_writes_to(const std::string& root) override;
  Status check_confined(const std::string& path) const override { return check_confined(path, "write"); }

 private:
  // `what` says what was refused: "write", "move", "remove".
  Status check_confined(const std::string& path, const char* what) const;
  std::string confined_root_;  // lexically normal, no trailing '/'; "" = none
};

// Thread-safe in-memory files; `fail_writes_to` makes write_atomic fail for
// a path and `fail_moves_from` a rename of it, to test that callers leave
// everything untouched on failure.
class MemoryFileSystem final : public FileSystem {
 public:
  Result<std::string> read(const std::string& path) override;
  Status write_atomic(const std::string& path, const std::string& contents) override;
  bool exists(const std::string& path) override;
  Result<std::vector<std::string>> list(const std::string& dir) override;
  Status remove(const std::string& path) override;
  Status rename(const std::string& from, const std::string& to) override;
  void confine_writes_to(const std::string&) override {}  // memory has no links
  Status check_confined(const std::string&) const override { return ok_status(); }

  void add(const std::string& path, std::string contents);
  void fail_writes_to(const std::string& path);
  void fail_moves_from(const std::string& path);
  std::map<std::string, std::string> files() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::string> files_;
  std::vector<std::string> failing_;
  std::vector<std::string> failing_moves_;
};

}  // namespace xloc
