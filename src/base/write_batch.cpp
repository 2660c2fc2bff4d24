#include "base/write_batch.h"

#include <algorithm>
#include <utility>

namespace xloc {
namespace {

// The journal has one line per change, in commit order:
//   <w|r> <had_old 0|1> <id> <target path>
// Target paths never contain a newline (write() refuses them).
std::string journal_line(bool remove, bool had_old, size_t id, const std::string& path) {
  return std::string(remove ? "r " : "w ") + (had_old ? "1 " : "0 ") + std::to_string(id) + " " + path + "\n";
}

struct JournalEntry {
  bool remove = false;
  bool had_old = false;
  size_t id = 0;
  std::string path;
};

std::vector<JournalEntry> parse_journal(const std::string& text) {
  std::vector<JournalEntry> entries;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) break;  // a torn last line: never written in full, never acted on
    const std::string line = text.substr(at, end - at);
    at = end + 1;
    const size_t id_end = line.find(' ', 4);
    if (line.size() < 7 || id_end == std::string::npos) continue;
    JournalEntry e;
    e.remove = line[0] == 'r';
    e.had_old = line[2] == '1';
    e.id = std::stoul(line.substr(4, id_end - 4));
    e.path = line.substr(id_end + 1);
    entries.push_back(std::move(e));
  }
  return entries;
}

// Removes the staging folder and the files in it; a missing folder is no
// change.
Status remove_folder(FileSystem& fs, const std::string& dir) {
  auto names = fs.list(dir);
  if (!names) return ok_status();
  for (const std::string& name : *names)
    if (Status s = fs.remove(dir + "/" + name); !s) return s;
  return fs.remove(dir);
}

}  // namespace

WriteBatch::WriteBatch(FileSystem& fs, std::string staging_dir) : fs_(fs), staging_dir_(std::move(staging_dir)) {
  recovered_ = recover(fs_, staging_dir_);
  keep_staging_ = !recovered_;
}

WriteBatch::~WriteBatch() {
  if (!keep_staging_) clear_staging();
}

Status WriteBatch::undo() {
  changes_.clear();
  Status s = recover(fs_, staging_dir_);
  if (!s) keep_staging_ = true;  // the next run's recover() tries again
  return s;
}

std::string WriteBatch::staged_path(const char* kind, size_t id) const {
  return staging_dir_ + "/" + kind + "-" + std::to_string(id);
}

std::string WriteBatch::journal_path() const { return staging_dir_ + "/journal"; }

void WriteBatch::clear_staging() { (void)remove_folder(fs_, staging_dir_); }

Status WriteBatch::recover(FileSystem& fs, const std::string& staging_dir) {
  const std::string journal = staging_dir + "/journal";
  if (fs.exists(journal)) {
    auto text = fs.read(journal);
    if (!text) return text.error();
    std::vector<JournalEntry> entries = parse_journal(*text);
    // Undo in reverse order. An old-<id> still staged means its target was
    // moved aside (and maybe replaced): move it back. A target that did not
    // exist before and whose new-<id> is gone was created: remove it.
    for (auto e = entries.rbegin(); e != entries.rend(); ++e) {
      const std::string old_file = staging_dir + "/old-" + std::to_string(e->id);
      const std::string new_file = staging_dir + "/new-" + std::to_string(e->id);
      if (e->had_old && fs.exists(old_file)) {
        if (Status s = fs.rename(old_file, e->path); !s) return s;
      } else if (!e->had_old && !e->remove && !fs.exists(new_file)) {
        if (Status s = fs.remove(e->path); !s) return s;
      }
    }
    if (Status s = fs.remove(journal); !s) return s;
  }
  // Whatever else is staged belongs to a run that died before its commit.
  return remove_folder(fs, staging_dir);
}

Status WriteBatch::write(const std::string& path, const std::string& contents) {
  if (!recovered_) return recovered_;
  if (path.find('\n') != std::string::npos)
    return Error{"unwritable-file", "cannot write a file whose name contains a newline", "", SourceLocation{path, 0, 0}};
  const size_t id = next_id_++;
  if (Status s = fs_.write_atomic(staged_path("new", id), contents); !s) return s;
  std::lock_guard lock(mutex_);
  changes_.push_back({path, id, false, false});
  return ok_status();
}

void WriteBatch::remove(std::string path) {
  std::lock_guard lock(mutex_);
  changes_.push_back({std::move(path), next_id_++, true, false});
}

Status WriteBatch::commit() {
  if (!recovered_) return recovered_;
  std::lock_guard lock(mutex_);
  // Writes staged from several threads arrive in any order; apply them in
  // the order they were staged, which callers make deterministic.
  std::sort(changes_.begin(), changes_.end(), [](const Change& a, const Change& b) { return a.id < b.id; });
  // Refuse the whole batch before its first move if any target would go
  // through a symbolic link (FileSystem::confine_writes_to).
  for (const Change& c : changes_)
    if (Status s = fs_.check_confined(c.path); !s) return s;
  std::string journal;
  for (Change& c : changes_) {
    c.had_old = fs_.exists(c.path);
    journal += journal_line(c.remove, c.had_old, c.id, c.path);
  }
  if (Status s = fs_.write_atomic(journal_path(), journal); !s) return s;

  for (size_t i = 0; i < changes_.size(); ++i) {
    const Change& c = changes_[i];
    Status s = ok_status();
    if (c.had_old) s = fs_.rename(c.path, staged_path("old", c.id));
    if (s && !c.remove) s = fs_.rename(staged_path("new", c.id), c.path);
    if (!s) {
      (void)undo();  // recover() undoes exactly the moves made so far, from the journal
      return s;
    }
  }
  // The commit point: without the journal, nothing will be undone.
  if (Status s = fs_.remove(journal_path()); !s) {
    (void)undo();
    return s;
  }
  changes_.clear();
  clear_staging();
  return ok_status();
}

}  // namespace xloc
