#include "support/paths.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace xloc::test {

std::string source_dir() { return XLOC_SOURCE_DIR; }
std::string tests_dir() { return XLOC_TESTS_DIR; }
std::string xloc_binary() { return XLOC_BINARY; }
std::string build_dir() { return XLOC_BUILD_DIR; }

std::string shared_dir() {
  if (const char* env = std::getenv("XLOC_SHARED_DIR"); env && *env) return env;
  return std::filesystem::weakly_canonical(XLOC_SHARED_DIR).string();
}

std::string corpus_dir() { return shared_dir() + "/corpus"; }

namespace {

std::vector<std::string> catalogs_under(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".po") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::vector<std::string> corpus_catalogs() { return catalogs_under(corpus_dir()); }

std::string corpus_missing() {
  if (std::filesystem::is_directory(corpus_dir() + "/gnome-user-docs/gnome-help")) return "";
  return "the shared corpus is not at " + corpus_dir() +
         " (a clone has none; CI does): set XLOC_SHARED_DIR to run this big-corpus test. "
         "tests/data/corpus-sample keeps a small real sample that the other oracle tests use.";
}

std::string sample_corpus_dir() { return tests_dir() + "/data/corpus-sample"; }

std::vector<std::string> sample_catalogs() { return catalogs_under(sample_corpus_dir()); }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::string& path, const std::string& contents) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << contents;
}

bool have_program(const std::string& name) {
  const char* path = std::getenv("PATH");
  if (!path) return false;
  std::stringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':'))
    if (!dir.empty() && std::filesystem::exists(dir + "/" + name)) return true;
  return false;
}

}  // namespace xloc::test
