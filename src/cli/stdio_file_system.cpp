#include "cli/stdio_file_system.h"

#include <istream>
#include <iterator>
#include <ostream>

#include "base/limits.h"

namespace xloc {

Result<std::string> StdioFileSystem::read(const std::string& path) {
  if (path != "-") return files_.read(path);
  std::lock_guard lock(mutex_);
  if (!stdin_text_) {
    std::string text;
    char buf[1 << 16];
    while (in_.read(buf, sizeof buf) || in_.gcount() > 0) {
      text.append(buf, static_cast<size_t>(in_.gcount()));
      if (text.size() > limits::kMaxInputFileBytes) {
        return Error{"file-too-large",
                     "standard input is larger than " + std::to_string(limits::kMaxInputFileBytes >> 20) +
                         " MiB; xloc reads inputs of at most that",
                     "", SourceLocation{"-", 0, 0}};
      }
    }
    stdin_text_ = std::move(text);
  }
  return *stdin_text_;
}

Status StdioFileSystem::write_atomic(const std::string& path, const std::string& contents) {
  if (path != "-") return files_.write_atomic(path, contents);
  std::lock_guard lock(mutex_);
  out_.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  out_.flush();
  if (!out_) return Error{"unwritable-file", "cannot write to standard output", "", SourceLocation{"-", 0, 0}};
  return ok_status();
}

bool StdioFileSystem::exists(const std::string& path) {
  // Standard output is never an existing file to refuse or keep.
  return path == "-" ? false : files_.exists(path);
}

bool writes_to_stdout(const std::vector<std::string>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if ((a == "-o" || a == "--output") && i + 1 < args.size() && args[i + 1] == "-") return true;
    if (a == "--output=-" || a == "-o-") return true;
  }
  return false;
}

}  // namespace xloc
