// Exports StdioFileSystem: the command line's file system, where "-" is
// standard input when read and standard output when written, as every Unix
// and gettext tool has it (`xloc check -`, `xloc extract -o - …`). Every
// other path goes to the wrapped file system unchanged.
#pragma once

#include <iosfwd>
#include <mutex>
#include <optional>
#include <string>

#include "base/file_system.h"

namespace xloc {

class StdioFileSystem final : public FileSystem {
 public:
  StdioFileSystem(FileSystem& files, std::istream& in, std::ostream& out) : files_(files), in_(in), out_(out) {}

  // "-": all of standard input, read once; a second read gets the same text.
  Result<std::string> read(const std::string& path) override;
  // "-": the contents to standard output (not atomic: a pipe has no rename).
  Status write_atomic(const std::string& path, const std::string& contents) override;
  bool exists(const std::string& path) override;
  Result<std::vector<std::string>> list(const std::string& dir) override { return files_.list(dir); }
  Status remove(const std::string& path) override { return files_.remove(path); }
  Status rename(const std::string& from, const std::string& to) override { return files_.rename(from, to); }
  void confine_writes_to(const std::string& root) override { files_.confine_writes_to(root); }
  Status check_confined(const std::string& path) const override { return files_.check_confined(path); }

 private:
  FileSystem& files_;
  std::istream& in_;
  std::ostream& out_;
  std::mutex mutex_;
  std::optional<std::string> stdin_text_;
};

// Whether `args` (a command's arguments) name standard output as an output
// file: "-o -", "--output -", "--output=-", "-o-". Then the command's own
// messages go to standard error, so the data on standard output stays clean.
bool writes_to_stdout(const std::vector<std::string>& args);

}  // namespace xloc
