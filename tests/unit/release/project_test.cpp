#include "release/project.h"

#include <gtest/gtest.h>

namespace xloc {
namespace {

void add_sample_project(MemoryFileSystem& fs) {
  fs.add("p/po/POTFILES.in", "# sources\ncontent/knee.xml\n\ncontent/other.page  # trailing comment\n");
  fs.add("p/po/LINGUAS", "# locales\nde fr\npt_BR sr@latin\n");
  fs.add("p/po/knee.pot", "");
  fs.add("p/content/knee.xml", "<article/>");
  fs.add("p/content/knee.its", "<its:rules/>");
  fs.add("p/content/other.page", "<page/>");
}

TEST(Project, ReadsSourcesLocalesDomainAndRulesBesideSources) {
  MemoryFileSystem fs;
  add_sample_project(fs);
  auto project = load_project(fs, "p");
  ASSERT_TRUE(project) << project.error().to_string();
  EXPECT_EQ(project->domain, "knee");
  ASSERT_EQ(project->sources.size(), 2u);
  EXPECT_EQ(project->sources[0].path, "content/knee.xml");
  EXPECT_EQ(project->sources[0].rules_files, std::vector<std::string>{"content/knee.its"});
  EXPECT_EQ(project->sources[1].path, "content/other.page");
  EXPECT_TRUE(project->sources[1].rules_files.empty());
  EXPECT_EQ(project->locales, (std::vector<std::string>{"de", "fr", "pt_BR", "sr@latin"}));
  EXPECT_EQ(project->template_path(), "po/knee.pot");
  EXPECT_EQ(project->catalog_path("pt_BR"), "po/pt_BR.po");
  EXPECT_EQ(project->resolve(project->catalog_path("de")), "p/po/de.po");
}

struct BadProject {
  const char* name;
  const char* file;
  const char* contents;
  const char* error;
};

TEST(Project, RejectsBadListsWithTheirPosition) {
  const BadProject cases[] = {
      {"path traversal locale", "p/po/LINGUAS", "de ../../etc\n",
       "p/po/LINGUAS:1:4: error: not a locale id (expected ll, ll_CC or ll_CC@variant) near '../../etc'"},
      {"slash in locale", "p/po/LINGUAS", "de\n  fr/x\n",
       "p/po/LINGUAS:2:3: error: not a locale id (expected ll, ll_CC or ll_CC@variant) near 'fr/x'"},
      {"duplicate locale", "p/po/LINGUAS", "de fr de\n",
       "p/po/LINGUAS:1:7: error: locale listed twice near 'de'"},
      {"escaping source", "p/po/POTFILES.in", "content/knee.xml\n../secret.xml\n",
       "p/po/POTFILES.in:2:1: error: source path must be relative and stay inside the project near '../secret.xml'"},
      {"absolute source", "p/po/POTFILES.in", "/etc/passwd\n",
       "p/po/POTFILES.in:1:1: error: source path must be relative and stay inside the project near '/etc/passwd'"},
      {"missing source", "p/po/POTFILES.in", "content/knee.xml\n  content/gone.xml\n",
       "p/po/POTFILES.in:2:3: error: source file does not exist near 'content/gone.xml'"},
      {"no sources", "p/po/POTFILES.in", "# nothing\n", "p/po/POTFILES.in: error: lists no source files"},
  };
  for (const BadProject& c : cases) {
    MemoryFileSystem fs;
    add_sample_project(fs);
    fs.add(c.file, c.contents);
    auto project = load_project(fs, "p");
    ASSERT_FALSE(project) << c.name;
    EXPECT_EQ(project.error().to_string(), c.error) << c.name;
  }
}

TEST(Project, MissingLinguasIsAnError) {
  MemoryFileSystem fs;
  fs.add("p/po/POTFILES.in", "a.xml\n");
  fs.add("p/a.xml", "<a/>");
  auto project = load_project(fs, "p");
  ASSERT_FALSE(project);
  EXPECT_EQ(project.error().code, "unreadable-file");
}

TEST(Project, LocaleIdsAreSafeFileNames) {
  for (const char* good : {"de", "pt_BR", "zh_CN", "sr@latin", "zh-Hant", "es_419", "ast"})
    EXPECT_TRUE(is_plain_locale_id(good)) << good;
  for (const char* bad : {"", "d", "..", "de/..", "de\\x", "de_", "@latin", "de_BR@", "de.UTF-8", "12"})
    EXPECT_FALSE(is_plain_locale_id(bad)) << bad;
}

}  // namespace
}  // namespace xloc
