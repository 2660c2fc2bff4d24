// Property, with msgfmt -c as the oracle: `xloc update` never turns a
// catalog that passes `msgfmt -c` into one that fails it (gettext's rule
// for msgmerge). Random catalogs whose translations pass under their own
// format flags meet templates that change those flags at random: a format
// language added, removed or swapped (c, python, possible-c, no-c), a
// `range:` dropped, narrowed or widened. The result must pass too, and
// keep every translation.
#include <gtest/gtest.h>

#include <set>

#include "catalog/po_writer.h"
#include "merge/merge.h"
#include "property/random_catalog.h"
#include "support/paths.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace xloc {
namespace {

struct Pattern {
  const char* msgid;
  const char* msgid_plural;  // nullptr: singular
  bool c_ok, python_ok, kde_ok;  // a valid format string of that language
  // Translations: the first ones keep the msgid's directives, the rest do not.
  std::vector<std::vector<std::string>> faithful, unfaithful;
};

const std::vector<Pattern>& patterns() {
  static const std::vector<Pattern> all = {
      {"%s of %d", nullptr, true, true, false, {{"%s von %d"}}, {{"%2$d: %1$s"}, {"%d von %s"}, {"%s"}, {"von"}}},
      {"%d files", nullptr, true, true, false, {{"%d Dateien"}}, {{"%s Dateien"}, {"Dateien"}, {"%d %d"}}},
      {"%(name)s here", nullptr, false, true, false, {{"%(name)s hier"}}, {{"%(other)s hier"}, {"hier"}, {"%s hier"}}},
      {"100%% done", nullptr, true, true, false, {{"100%% fertig"}}, {{"100% fertig"}, {"%d fertig"}}},
      {"plain text", nullptr, true, true, true, {{"Klartext"}}, {{"%s Text"}}},
      {"%d file", "%d files", true, true, false, {{"%d Datei", "%d Dateien"}},
       {{"eine Datei", "%d Dateien"}, {"%s Datei", "%s Dateien"}}},
      {"%1 here", nullptr, false, false, true, {{"%1 hier"}}, {{"hier"}, {"%2 hier"}}},
  };
  return all;
}

// Flags a message may carry; the old catalog's must fit its translation.
const std::vector<std::vector<std::string>>& flag_sets() {
  static const std::vector<std::vector<std::string>> all = {
      {}, {"c-format"}, {"no-c-format"}, {"possible-c-format"}, {"python-format"}, {"kde-format"},
      {"range: 1..5"}, {"range: 0..10"}, {"range: 2..4"}, {"c-format", "range: 1..5"}, {"python-format", "range: 0..3"},
  };
  return all;
}

bool claims_c(const std::vector<std::string>& f) {
  for (const auto& x : f)
    if (x == "c-format" || x == "possible-c-format") return true;
  return false;
}
bool claims(const std::vector<std::string>& f, const std::string& flag) {
  for (const auto& x : f)
    if (x == flag) return true;
  return false;
}

Message header(bool is_template) {
  Message h;
  h.msgstr = {std::string("Project-Id-Version: demo\n") + (is_template ? "" : "Language: de\n") +
              "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n" +
              "Plural-Forms: nplurals=2; plural=(n != 1);\n"};
  return h;
}

MergeOptions without_fuzzy() {
  MergeOptions o;
  o.fuzzy = false;
  return o;
}

test::ProcessResult msgfmt_check(const std::string& path) {
  return test::run({"msgfmt", "-c", "-o", "/dev/null", path});
}

TEST(UpdateFormatFlagsProperty, MsgfmtCleanStaysMsgfmtClean) {
  if (!test::have_program("msgfmt")) GTEST_SKIP() << "needs msgfmt (GNU gettext)";
  test::TempDir dir;
  size_t fuzzied = 0, kept = 0;
  for (uint64_t seed = 1; seed <= 25; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    test::RandomText r(seed * 104729);
    Catalog catalog, templ;
    catalog.messages.push_back(header(false));
    templ.messages.push_back(header(true));
    for (size_t i = 0; i < 24; ++i) {
      const Pattern& p = patterns()[r.below(patterns().size())];
      std::vector<std::string> old_flags = flag_sets()[r.below(flag_sets().size())];
      // An old entry claims only a language its msgid is valid in, and then
      // has a faithful translation: the old catalog passes msgfmt -c.
      const bool c = claims_c(old_flags), py = claims(old_flags, "python-format"), kde = claims(old_flags, "kde-format");
      if ((c && !p.c_ok) || (py && !p.python_ok) || (kde && !p.kde_ok)) old_flags.clear();
      const bool checked = !old_flags.empty() && (claims_c(old_flags) || py || kde);
      const auto& pool = checked || r.chance(50) ? p.faithful : p.unfaithful;
      Message m;
      m.msgctxt = "m" + std::to_string(i);  // every entry its own key
      m.msgid = p.msgid;
      if (p.msgid_plural) m.msgid_plural = p.msgid_plural;
      m.msgstr = pool[r.below(pool.size())];
      m.flags = old_flags;
      Message t = m;
      t.msgstr.assign(m.msgstr.size(), "");
      t.flags = flag_sets()[r.below(flag_sets().size())];
      catalog.messages.push_back(std::move(m));
      templ.messages.push_back(std::move(t));
    }
    const std::string before = dir / ("before" + std::to_string(seed) + ".po");
    test::write_file(before, write_po(catalog));
    auto old_check = msgfmt_check(before);
    ASSERT_EQ(old_check.exit_code, 0) << "the generator made a catalog msgfmt -c refuses:\n" << old_check.err;

    auto merged = merge_catalog(templ, catalog, {}, without_fuzzy());
    ASSERT_TRUE(merged) << merged.error().to_string();
    const std::string after = dir / ("after" + std::to_string(seed) + ".po");
    test::write_file(after, write_po(merged->catalog));
    auto new_check = msgfmt_check(after);
    EXPECT_EQ(new_check.exit_code, 0) << new_check.err << "\n" << test::read_file(after);

    std::multiset<std::string> strs;
    for (const Message& m : merged->catalog.messages) {
      if (m.is_header()) continue;
      strs.insert(m.msgstr.begin(), m.msgstr.end());
      (m.is_fuzzy() ? fuzzied : kept) += 1;
    }
    for (const Message& m : catalog.messages) {
      if (m.is_header()) continue;
      for (const std::string& s : m.msgstr) EXPECT_TRUE(strs.count(s)) << "lost " << s;
    }
  }
  // The property must have been exercised both ways.
  EXPECT_GT(fuzzied, 50u);
  EXPECT_GT(kept, 50u);
}

}  // namespace
}  // namespace xloc
