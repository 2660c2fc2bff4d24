#include "release/project.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

namespace xloc {
namespace {

struct Token {
  std::string text;
  int line;
  int column;
};

// Splits a gettext list file into tokens; '#' starts a comment to end of line.
std::vector<Token> tokenize_list(const std::string& text, bool one_per_line) {
  std::vector<Token> tokens;
  int line = 1;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view row(text.data() + pos, end - pos);
    if (auto hash = row.find('#'); hash != std::string_view::npos) row = row.substr(0, hash);
    size_t i = 0;
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    if (one_per_line) {
      while (i < row.size() && space(row[i])) ++i;
      size_t stop = row.size();
      while (stop > i && space(row[stop - 1])) --stop;
      if (stop > i) tokens.push_back({std::string(row.substr(i, stop - i)), line, static_cast<int>(i) + 1});
    } else {
      while (i < row.size()) {
        while (i < row.size() && space(row[i])) ++i;
        size_t start = i;
        while (i < row.size() && !space(row[i])) ++i;
        if (i > start) tokens.push_back({std::string(row.substr(start, i - start)), line, static_cast<int>(start) + 1});
      }
    }
    ++line;
    pos = end + 1;
  }
  return tokens;
}

Error list_error(const std::string& file, const Token& t, const std::string& code, const std::string& message) {
  return Error{code, message, t.text, SourceLocation{file, t.line, t.column}};
}

bool escapes_root(const std::string& path) {
  if (path.empty() || path.front() == '/') return true;
  size_t pos = 0;
  while (pos <= path.size()) {
    size_t end = path.find('/', pos);
    if (end == std::string::npos) end = path.size();
    if (path.compare(pos, end - pos, "..") == 0 && end - pos == 2) return true;
    pos = end + 1;
  }
  return false;
}

std::string stem_of(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  const size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return path;
  return path.substr(0, dot);
}

std::string base_name(const std::string& path) {
  std::string p = path;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  const size_t slash = p.find_last_of('/');
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

}  // namespace

bool is_plain_locale_id(const std::string& id) {
  // ll or lll, then _CC / -Script / _419 parts, then an optional @variant.
  size_t i = 0;
  auto alpha = [&](size_t k) { return k < id.size() && std::isalpha(static_cast<unsigned char>(id[k])); };
  auto alnum = [&](size_t k) { return k < id.size() && std::isalnum(static_cast<unsigned char>(id[k])); };
  while (alpha(i)) ++i;
  if (i < 2 || i > 8) return false;
  while (i < id.size() && (id[i] == '_' || id[i] == '-')) {
    size_t start = ++i;
    while (alnum(i)) ++i;
    if (i == start || i - start > 8) return false;
  }
  if (i < id.size() && id[i] == '@') {
    size_t start = ++i;
    while (alnum(i)) ++i;
    if (i == start) return false;
  }
  return i == id.size();
}

std::string Project::resolve(const std::string& relative) const {
  if (root.empty() || root == ".") return relative;
  return root + (root.back() == '/' ? "" : "/") + relative;
}

std::string Project::template_path() const { return "po/" + domain + ".pot"; }

std::string Project::catalog_path(const std::string& locale) const { return "po/" + locale + ".po"; }

Result<Project> load_project(FileSystem& fs, const std::string& root) {
  Project project;
  project.root = root.empty() ? "." : root;

  const std::string potfiles_path = project.resolve("po/POTFILES.in");
  auto potfiles = fs.read(potfiles_path);
  if (!potfiles) return potfiles.error();
  for (const Token& t : tokenize_list(*potfiles, /*one_per_line=*/true)) {
    if (escapes_root(t.text))
      return list_error(potfiles_path, t, "source-outside-project",
                        "source path must be relative and stay inside the project");
    if (!fs.exists(project.resolve(t.text)))
      return list_error(potfiles_path, t, "missing-source", "source file does not exist");
    ProjectSource source{t.text, {}};
    const std::string rules = stem_of(t.text) + ".its";
    if (fs.exists(project.resolve(rules))) source.rules_files.push_back(rules);
    project.sources.push_back(std::move(source));
  }
  if (project.sources.empty())
    return Error{"empty-project", "lists no source files", "", SourceLocation{potfiles_path, 0, 0}};

  const std::string linguas_path = project.resolve("po/LINGUAS");
  auto linguas = fs.read(linguas_path);
  if (!linguas) return linguas.error();
  std::set<std::string> seen;
  for (const Token& t : tokenize_list(*linguas, /*one_per_line=*/false)) {
    if (!is_plain_locale_id(t.text))
      return list_error(linguas_path, t, "bad-locale", "not a locale id (expected ll, ll_CC or ll_CC@variant)");
    if (!seen.insert(t.text).second)
      return list_error(linguas_path, t, "duplicate-locale", "locale listed twice");
    project.locales.push_back(t.text);
  }

  // The domain is the stem of the one template in po/; failing that, the
  // project folder's name.
  std::vector<std::string> templates;
  if (auto names = fs.list(project.resolve("po"))) {
    for (const std::string& name : *names)
      if (name.size() > 4 && name.ends_with(".pot")) templates.push_back(name.substr(0, name.size() - 4));
  }
  if (templates.size() > 1)
    return Error{"ambiguous-domain", "po/ holds more than one template (.pot); keep one", templates[1],
                 SourceLocation{project.resolve("po"), 0, 0}};
  if (templates.size() == 1) {
    project.domain = templates.front();
  } else {
    project.domain = base_name(std::filesystem::absolute(project.root).lexically_normal().string());
  }
  return project;
}

}  // namespace xloc
