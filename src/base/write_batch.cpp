#include "base/write_batch.h"

#include <optional>
#include <utility>

namespace xloc {

void WriteBatch::write(std::string path, std::string contents) {
  changes_.push_back({std::move(path), std::move(contents), false});
}

void WriteBatch::remove(std::string path) { changes_.push_back({std::move(path), {}, true}); }

Status WriteBatch::commit(FileSystem& fs) {
  struct Undo {
    std::string path;
    std::optional<std::string> before;  // nullopt: the file did not exist
  };
  std::vector<Undo> undo;
  const auto roll_back = [&](const Error& e) -> Status {
    for (auto u = undo.rbegin(); u != undo.rend(); ++u)
      (void)(u->before ? fs.write_atomic(u->path, *u->before) : fs.remove(u->path));
    return e;
  };
  for (const Change& c : changes_) {
    std::optional<std::string> before;
    if (fs.exists(c.path)) {
      Result<std::string> old = fs.read(c.path);
      if (!old) return roll_back(old.error());
      before = std::move(*old);
    }
    if (c.remove && !before) continue;
    Status s = c.remove ? fs.remove(c.path) : fs.write_atomic(c.path, c.contents);
    if (!s) return roll_back(s.error());
    undo.push_back({c.path, std::move(before)});
  }
  return ok_status();
}

}  // namespace xloc
