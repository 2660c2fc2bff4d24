#include "cli/catalog_arguments.h"

#include <filesystem>
#include <set>

namespace xloc {

Result<std::vector<std::string>> catalog_arguments(FileSystem& fs, const std::vector<std::string>& args) {
  std::vector<std::string> files;
  std::set<std::string> seen;
  auto add = [&](const std::string& path) {
    const std::string key = path == "-" ? path : std::filesystem::path(path).lexically_normal().string();
    if (seen.insert(key).second) files.push_back(path);
  };
  for (const std::string& arg : args) {
    // A folder lists; a file (or "-", or a missing path, whose reader
    // will say so) does not.
    const bool names_a_file = arg == "-" || arg.ends_with(".po") || arg.ends_with(".pot");
    auto names = names_a_file ? Result<std::vector<std::string>>(Error{}) : fs.list(arg);
    if (!names) {
      add(arg);
      continue;
    }
    const std::string folder = arg.ends_with('/') ? arg : arg + "/";
    size_t found = 0;
    for (const std::string& name : *names)
      if (name.ends_with(".po")) {
        add(folder + name);
        ++found;
      }
    if (found == 0)
      return Error{"no-catalogs", "the folder '" + arg + "' holds no .po file", "", SourceLocation{arg, 0, 0}};
  }
  return files;
}

}  // namespace xloc
