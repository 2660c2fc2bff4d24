// An LD_PRELOAD shim that makes one file-system call fail, to prove that a
// failed write never damages what was on disk. Configured by environment:
//   XLOC_FAIL_CALL   write | fsync | rename   (which call to fail)
//   XLOC_FAIL_NTH    N: fail the Nth such call on a regular file (1-based)
//   XLOC_FAIL_ERRNO  the errno to fail with (default ENOSPC)
//   XLOC_FAIL_KILL   if set, the process dies (_exit 137, as if killed)
//                    at that call instead of seeing it fail
// Only calls on regular files count, so writes to a terminal or pipe are
// never failed. A failing `write` first writes half of its buffer, like a
// disk that fills up mid-file.
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>

namespace {

std::atomic<long> calls{0};

bool configured_for(const char* name) {
  const char* call = getenv("XLOC_FAIL_CALL");
  return call && strcmp(call, name) == 0;
}

int fail_errno() {
  const char* e = getenv("XLOC_FAIL_ERRNO");
  return e ? atoi(e) : ENOSPC;
}

// True when this call is the one to fail.
bool should_fail(const char* name) {
  if (!configured_for(name)) return false;
  const char* nth = getenv("XLOC_FAIL_NTH");
  const long target = nth ? atol(nth) : 1;
  if (++calls != target) return false;
  if (getenv("XLOC_FAIL_KILL")) _exit(137);
  return true;
}

bool is_regular_file(int fd) {
  struct stat st;
  return fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

template <class F>
F next(const char* name) {
  return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

}  // namespace

extern "C" ssize_t write(int fd, const void* buf, size_t count) {
  static auto real = next<ssize_t (*)(int, const void*, size_t)>("write");
  if (is_regular_file(fd) && should_fail("write")) {
    if (count > 1) real(fd, buf, count / 2);
    errno = fail_errno();
    return -1;
  }
  return real(fd, buf, count);
}

extern "C" int fsync(int fd) {
  static auto real = next<int (*)(int)>("fsync");
  if (is_regular_file(fd) && should_fail("fsync")) {
    errno = fail_errno();
    return -1;
  }
  return real(fd);
}

extern "C" int rename(const char* from, const char* to) {
  static auto real = next<int (*)(const char*, const char*)>("rename");
  if (should_fail("rename")) {
    errno = fail_errno();
    return -1;
  }
  return real(from, to);
}
