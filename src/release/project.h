// Exports Project and load_project(): a localization project laid out the
// gettext way, which is what `xloc release` works on.
//
//   <root>/po/POTFILES.in   source files, one per line, relative to <root>
//   <root>/po/LINGUAS       locales, separated by white space; '#' comments
//   <root>/po/<domain>.pot  the committed template (the domain is its stem;
//                           without a .pot the domain is the folder's name)
//   <root>/po/<locale>.po   one catalog per locale
//   <root>/<dir>/<stem>.its ITS rules applied to <dir>/<stem>.<ext>, if present
#pragma once

#include <string>
#include <vector>

#include "base/error.h"
#include "base/file_system.h"

namespace xloc {

struct ProjectSource {
  std::string path;                     // as written in POTFILES.in, relative to the root
  std::vector<std::string> rules_files; // paths of the .its files that apply, relative to the root
};

struct Project {
  std::string root;
  std::string domain;
  std::vector<ProjectSource> sources;
  std::vector<std::string> locales;

  std::string resolve(const std::string& relative) const;  // root + "/" + relative
  std::string template_path() const;                       // po/<domain>.pot, relative
  std::string catalog_path(const std::string& locale) const;  // po/<locale>.po, relative
};

// Reads POTFILES.in and LINGUAS. Errors point at the offending line and
// column: a missing file, an empty list, an absolute or escaping source path,
// a locale id that is not a plain language tag (a path separator or "..",
// say), or a locale listed twice.
Result<Project> load_project(FileSystem& fs, const std::string& root);

// A locale id that is safe to use as a file name and looks like a gettext
// locale: ll, ll_CC, ll-Script, ll_CC@variant...
bool is_plain_locale_id(const std::string& id);

}  // namespace xloc
