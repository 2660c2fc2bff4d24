// Exports TempDir: a fresh folder under $TMPDIR, removed with its contents
// when the object goes out of scope.
#pragma once

#include <string>

namespace xloc::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

}  // namespace xloc::test
