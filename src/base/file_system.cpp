#include "base/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include "base/limits.h"

namespace xloc {
namespace {

Error io_error(const std::string& code, const std::string& what, const std::string& path,
               int err) {
  return Error{code, what + ": " + std::strerror(err), "", SourceLocation{path, 0, 0}};
}

bool write_all(int fd, const char* data, size_t size) {
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

std::string temp_name_beside(const std::string& path) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  const auto slash = path.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  return dir + "." + base + ".xloc-tmp-" + std::to_string(rng() % 1000000000);
}

// Makes a rename into the folder of `path` durable.
void sync_folder_of(const std::string& path) {
  const auto parent = std::filesystem::path(path).parent_path();
  int dfd = ::open(parent.empty() ? "." : parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

}  // namespace

Result<std::string> RealFileSystem::read(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return io_error("unreadable-file", "cannot open file", path, errno);
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return io_error("unreadable-file", "cannot read file", path, EISDIR);
  }
  if (st.st_size > 0 && static_cast<size_t>(st.st_size) > limits::kMaxInputFileBytes) {
    ::close(fd);
    return Error{"file-too-large",
                 "file too large: " + std::to_string(st.st_size) + " bytes; xloc reads files of at most " +
                     std::to_string(limits::kMaxInputFileBytes >> 20) + " MiB",
                 "", SourceLocation{path, 0, 0}};
  }
  std::string data;
  if (st.st_size > 0) data.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      return io_error("unreadable-file", "cannot read file", path, err);
    }
    if (n == 0) break;
    data.append(buf, static_cast<size_t>(n));
    if (data.size() > limits::kMaxInputFileBytes) {
      ::close(fd);
      return Error{"file-too-large",
                   "file too large: more than " + std::to_string(limits::kMaxInputFileBytes >> 20) +
                       " MiB; xloc reads files of at most " + std::to_string(limits::kMaxInputFileBytes >> 20) +
                       " MiB",
                   "", SourceLocation{path, 0, 0}};
    }
  }
  ::close(fd);
  return data;
}

void RealFileSystem::confine_writes_to(const std::string& root) {
  std::string normal = std::filesystem::path(root.empty() ? "." : root).lexically_normal().string();
  while (normal.size() > 1 && normal.back() == '/') normal.pop_back();
  confined_root_ = normal;
}

Status RealFileSystem::check_confined(const std::string& path, const char* what) const {
  if (confined_root_.empty()) return ok_status();
  const std::string normal = std::filesystem::path(path).lexically_normal().string();
  const std::string prefix = confined_root_ == "." ? "" : confined_root_ == "/" ? "/" : confined_root_ + "/";
  if (normal.compare(0, prefix.size(), prefix) != 0 || normal.starts_with("../") || normal == "..")
    return ok_status();
  // Each component below the root, from the top down: a link anywhere
  // (a folder or the file itself) would make the write land elsewhere.
  for (size_t slash = normal.find('/', prefix.size()); ; slash = normal.find('/', slash + 1)) {
    const std::string upto = slash == std::string::npos ? normal : normal.substr(0, slash);
    struct stat st {};
    if (::lstat(upto.c_str(), &st) != 0) break;  // missing: created by us below, no link
    if (S_ISLNK(st.st_mode)) {
      return Error{"unsafe-path",
                   std::string("refusing to ") + what + " '" + path + "': '" + upto +
                       "' is a symbolic link inside the output folder '" + confined_root_ +
                       "'; xloc never writes through one (remove the link, or choose another output folder)",
                   "", SourceLocation{upto, 0, 0}};
    }
    if (slash == std::string::npos) break;
  }
  return ok_status();
}

Status RealFileSystem::write_atomic(const std::string& path, const std::string& contents) {
  if (Status s = check_confined(path, "write"); !s) return s;
  std::error_code ec;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (ec) return io_error("unwritable-file", "cannot create folder", parent.string(), ec.value());

  // Keep the mode of the file being replaced; new files get 0644 less umask.
  // A file nobody may write is not replaced, even by root, who could.
  mode_t mode = 0644;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    mode = st.st_mode & 07777;
    if (S_ISREG(st.st_mode) && (mode & 0222) == 0) {
      return Error{"unwritable-file",
                   "'" + path + "' is read-only; xloc does not replace a read-only file (make it writable first)",
                   "", SourceLocation{path, 0, 0}};
    }
  }

  const std::string temp = temp_name_beside(path);
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) return io_error("unwritable-file", "cannot create temporary file", temp, errno);
  auto fail = [&](const char* what) {
    int err = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    return io_error("unwritable-file", what, path, err);
  };
  if (!write_all(fd, contents.data(), contents.size())) return fail("cannot write file");
  if (::fsync(fd) != 0) return fail("cannot sync file");
  if (::close(fd) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    return io_error("unwritable-file", "cannot close file", path, err);
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    return io_error("unwritable-file", "cannot replace file", path, err);
  }
  sync_folder_of(path);
  return ok_status();
}

bool RealFileSystem::exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

Result<std::vector<std::string>> RealFileSystem::list(const std::string& dir) {
  std::error_code ec;
  std::vector<std::string> names;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    names.push_back(it->path().filename().string());
  if (ec) return io_error("unreadable-file", "cannot list folder", dir, ec.value());
  std::sort(names.begin(), names.end());
  return names;
}

Status RealFileSystem::remove(const std::string& path) {
  if (Status s = check_confined(path, "remove"); !s) return s;
  if (::unlink(path.c_str()) == 0 || errno == ENOENT) return ok_status();
  if ((errno == EISDIR || errno == EPERM) && ::rmdir(path.c_str()) == 0) return ok_status();
  return io_error("unwritable-file", "cannot remove file", path, errno);
}

Status RealFileSystem::rename(const std::string& from, const std::string& to) {
  if (Status s = check_confined(from, "move"); !s) return s;
  if (Status s = check_confined(to, "write"); !s) return s;
  std::error_code ec;
  const auto parent = std::filesystem::path(to).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (ec) return io_error("unwritable-file", "cannot create folder", parent.string(), ec.value());
  if (::rename(from.c_str(), to.c_str()) != 0) return io_error("unwritable-file", "cannot move file", to, errno);
  sync_folder_of(to);
  return ok_status();
}

Result<std::string> MemoryFileSystem::read(const std::string& path) {
  std::lock_guard lock(mutex_);
  auto it = files_.find(path);
  if (it == files_.end()) return io_error("unreadable-file", "cannot open file", path, ENOENT);
  return it->second;
}

Status MemoryFileSystem::write_atomic(const std::string& path, const std::string& contents) {
  std::lock_guard lock(mutex_);
  if (std::find(failing_.begin(), failing_.end(), path) != failing_.end())
    return io_error("unwritable-file", "cannot write file", path, ENOSPC);
  files_[path] = contents;
  return ok_status();
}

bool MemoryFileSystem::exists(const std::string& path) {
  std::lock_guard lock(mutex_);
  return files_.count(path) != 0;
}

Result<std::vector<std::string>> MemoryFileSystem::list(const std::string& dir) {
  std::lock_guard lock(mutex_);
  const std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  std::vector<std::string> names;
  for (const auto& [path, contents] : files_) {
    if (path.compare(0, prefix.size(), prefix) != 0) continue;
    std::string rest = path.substr(prefix.size());
    rest = rest.substr(0, rest.find('/'));
    names.push_back(rest);
  }
  if (names.empty()) return io_error("unreadable-file", "cannot list folder", dir, ENOENT);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

Status MemoryFileSystem::remove(const std::string& path) {
  std::lock_guard lock(mutex_);
  files_.erase(path);
  return ok_status();
}

Status MemoryFileSystem::rename(const std::string& from, const std::string& to) {
  std::lock_guard lock(mutex_);
  if (std::find(failing_moves_.begin(), failing_moves_.end(), from) != failing_moves_.end())
    return io_error("unwritable-file", "cannot move file", to, ENOSPC);
  auto it = files_.find(from);
  if (it == files_.end()) return io_error("unwritable-file", "cannot move file", from, ENOENT);
  std::string contents = std::move(it->second);
  files_.erase(it);
  files_[to] = std::move(contents);
  return ok_status();
}

void MemoryFileSystem::add(const std::string& path, std::string contents) {
  std::lock_guard lock(mutex_);
  files_[path] = std::move(contents);
}

void MemoryFileSystem::fail_writes_to(const std::string& path) {
  std::lock_guard lock(mutex_);
  failing_.push_back(path);
}

std::map<std::string, std::string> MemoryFileSystem::files() const {
  std::lock_guard lock(mutex_);
  return files_;
}

void MemoryFileSystem::fail_moves_from(const std::string& path) {
  std::lock_guard lock(mutex_);
  failing_moves_.push_back(path);
}

}  // namespace xloc
